using System.Globalization;
using EcFunctions.Questionnaires;

namespace EcFunctions.Http;

/// <summary>Absolute paths of resources, built from <see cref="Routes"/> so links follow the routes.</summary>
public static class Links
{
    /// <summary>The schema of a questionnaire version.</summary>
    public static string QuestionnaireVersion(QuestionnaireRef reference) =>
        Fill(Routes.QuestionnaireVersion, ("questionnaireId", reference.Id), ("version", reference.Version));

    /// <summary>A respondent's response in a cycle.</summary>
    public static string Response(string cycleId, string respondentId) =>
        Fill(Routes.Response, ("cycleId", cycleId), ("respondentId", respondentId));

    /// <summary>One revision of a response.</summary>
    public static string ResponseRevision(string cycleId, string respondentId, int revision) =>
        Fill(Routes.ResponseRevision, ("cycleId", cycleId), ("respondentId", respondentId), ("revision", revision.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A file attached to a response.</summary>
    public static string Attachment(string cycleId, string respondentId, string attachmentId) =>
        Fill(Routes.Attachment, ("cycleId", cycleId), ("respondentId", respondentId), ("attachmentId", attachmentId));

    /// <summary>A registered respondent.</summary>
    public static string Respondent(string respondentId) => Fill(Routes.Respondent, ("respondentId", respondentId));

    /// <summary>A contribution registered in a cycle outside the questionnaire.</summary>
    public static string Contribution(string cycleId, string contributionId) =>
        Fill(Routes.Contribution, ("cycleId", cycleId), ("contributionId", contributionId));

    /// <summary>Where a written contribution's document is downloaded.</summary>
    public static string ContributionDocument(string cycleId, string contributionId) =>
        Fill(Routes.ContributionDocument, ("cycleId", cycleId), ("contributionId", contributionId));

    /// <summary>An issued token (for revocation).</summary>
    public static string Token(string tokenId) => Fill(Routes.Token, ("tokenId", tokenId));

    /// <summary>A cycle's synthesis status.</summary>
    public static string Synthesis(string cycleId) => Fill(Routes.Synthesis, ("cycleId", cycleId));

    /// <summary>One output file of a cycle's synthesis.</summary>
    public static string SynthesisOutput(string cycleId, string name) =>
        Fill(Routes.SynthesisOutput, ("cycleId", cycleId), ("name", name));

    /// <summary>A cycle.</summary>
    public static string Cycle(string cycleId) => Fill(Routes.Cycle, ("cycleId", cycleId));

    /// <summary>The audit trail.</summary>
    public static string Audit() => Fill(Routes.Audit);

    private static string Fill(string route, params (string Name, string Value)[] values) =>
        $"/{Routes.Prefix}/" + values.Aggregate(route, (path, value) =>
            path.Replace($"{{{value.Name}}}", Uri.EscapeDataString(value.Value), StringComparison.Ordinal));
}
