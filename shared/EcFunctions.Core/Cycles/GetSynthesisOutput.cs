using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Synthesis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Cycles;

/// <summary>Serves one output of a cycle's synthesis to the secretariat.</summary>
public sealed class GetSynthesisOutputHandler(SynthesisOutputs outputs)
{
    /// <summary>The file, or 404 when there is no such output (yet).</summary>
    public async Task<Results<FileStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string name, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        if (!Identifiers.IsValid(cycleId) || !CycleViews.Outputs.TryGetValue(name, out var mediaType)
            || await outputs.OpenIfExistsAsync(cycleId, name, cancellationToken) is not { } content)
        {
            return Problems.SynthesisOutputNotFound(cycleId, name);
        }

        return TypedResults.Stream(content, mediaType, fileDownloadName: $"{cycleId}-{name}");
    }
}
