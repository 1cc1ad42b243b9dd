using EcFunctions.Respondents;
using EcFunctions.Responses;

namespace EcFunctions.Cycles;

/// <summary>Fences every response a cycle has or could have: those of every registered respondent (see <see cref="CloseCycleHandler"/>).</summary>
public sealed class ResponseFences(ResponseStore responses, RespondentStore respondents)
{
    /// <summary>Fences the cycle's responses, a hundred to a transaction.</summary>
    public async Task FenceAsync(string cycleId, CancellationToken cancellationToken = default) =>
        await responses.FenceAsync(
            cycleId, (await respondents.ListAsync(cancellationToken)).Select(respondent => respondent.Id), cancellationToken);
}
