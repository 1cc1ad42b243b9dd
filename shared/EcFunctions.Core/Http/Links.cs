using EcFunctions.Questionnaires;

namespace EcFunctions.Http;

/// <summary>Absolute paths of resources, built from <see cref="Routes"/> so links follow the routes.</summary>
public static class Links
{
    /// <summary>The schema of a questionnaire version.</summary>
    public static string QuestionnaireVersion(QuestionnaireRef reference) =>
        Path(Routes.QuestionnaireVersion
            .Replace("{questionnaireId}", Uri.EscapeDataString(reference.Id), StringComparison.Ordinal)
            .Replace("{version}", Uri.EscapeDataString(reference.Version), StringComparison.Ordinal));

    /// <summary>A respondent's response in a cycle.</summary>
    public static string Response(string cycleId, string respondentId) =>
        Path(Routes.Response
            .Replace("{cycleId}", Uri.EscapeDataString(cycleId), StringComparison.Ordinal)
            .Replace("{respondentId}", Uri.EscapeDataString(respondentId), StringComparison.Ordinal));

    /// <summary>One revision of a response.</summary>
    public static string ResponseRevision(string cycleId, string respondentId, int revision) =>
        $"{Response(cycleId, respondentId)}/revisions/{revision}";

    /// <summary>A registered respondent.</summary>
    public static string Respondent(string respondentId) =>
        Path(Routes.Respondent.Replace("{respondentId}", Uri.EscapeDataString(respondentId), StringComparison.Ordinal));

    /// <summary>An issued token (for revocation).</summary>
    public static string Token(string tokenId) =>
        Path(Routes.Token.Replace("{tokenId}", Uri.EscapeDataString(tokenId), StringComparison.Ordinal));

    /// <summary>A cycle's synthesis status.</summary>
    public static string Synthesis(string cycleId) =>
        Path(Routes.Synthesis.Replace("{cycleId}", Uri.EscapeDataString(cycleId), StringComparison.Ordinal));

    /// <summary>One output file of a cycle's synthesis.</summary>
    public static string SynthesisOutput(string cycleId, string name) =>
        Path(Routes.SynthesisOutput
            .Replace("{cycleId}", Uri.EscapeDataString(cycleId), StringComparison.Ordinal)
            .Replace("{name}", Uri.EscapeDataString(name), StringComparison.Ordinal));

    /// <summary>A cycle.</summary>
    public static string Cycle(string cycleId) =>
        Path(Routes.Cycle.Replace("{cycleId}", Uri.EscapeDataString(cycleId), StringComparison.Ordinal));

    /// <summary>A file attached to a response.</summary>
    public static string Attachment(string cycleId, string respondentId, string attachmentId) =>
        $"{Response(cycleId, respondentId)}/attachments/{Uri.EscapeDataString(attachmentId)}";

    /// <summary>The audit trail.</summary>
    public static string Audit() => Path(Routes.Audit);

    private static string Path(string route) => $"/{Routes.Prefix}/{route}";
}
