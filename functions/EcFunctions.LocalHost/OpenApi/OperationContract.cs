using Microsoft.OpenApi;

namespace EcFunctions.LocalHost.OpenApi;

/// <summary>Who may call an operation: it decides the operation's security and whether it can answer 401 and 403.</summary>
public enum Audience
{
    /// <summary>Anyone, without credentials.</summary>
    Anyone,

    /// <summary>A respondent, with its token, or the secretariat: 401 without valid credentials.</summary>
    RespondentOrSecretariat,

    /// <summary>The secretariat only: 401 without valid credentials, 403 for a respondent.</summary>
    Secretariat,
}

/// <summary>
/// What one operation takes and answers, as its handler does it, beyond what its route and its
/// result types already tell the document.
/// </summary>
/// <param name="Tag">The group it is listed under (<see cref="ApiTags"/>).</param>
/// <param name="Summary">What it does, in a few words.</param>
/// <param name="Audience">Who may call it.</param>
/// <param name="Description">What a caller needs to know beyond the summary.</param>
public sealed record OperationContract(string Tag, string Summary, Audience Audience, string Description)
{
    /// <summary>Request headers it reads, by their <see cref="ApiComponents"/> name.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];

    /// <summary>Query parameters it reads.</summary>
    public IReadOnlyList<OpenApiParameter> Query { get; init; } = [];

    /// <summary>The body it reads, if any.</summary>
    public Body? Takes { get; init; }

    /// <summary>Every successful reply.</summary>
    public required IReadOnlyList<Reply> Replies { get; init; }

    /// <summary>The problems its handler answers with, by status, each with its codes.</summary>
    public IReadOnlyDictionary<int, string[]> Problems { get; init; } = new Dictionary<int, string[]>();

    /// <summary>Whether it reaches storage, and so can answer 503 storage-unavailable.</summary>
    public bool UsesStorage { get; init; } = true;
}

/// <summary>A body, in each media type it may come in.</summary>
/// <param name="Description">What it holds.</param>
/// <param name="Content">Its media types, each with the schema of what it holds.</param>
public sealed record Body(string Description, params IReadOnlyList<Content> Content)
{
    /// <summary>Whether a request must have it; false where sending none means "as it is".</summary>
    public bool Required { get; init; } = true;
}

/// <summary>One media type of a body and the schema of what it holds.</summary>
public sealed record Content(string MediaType, BodySchema Schema);

/// <summary>One successful reply.</summary>
/// <param name="Status">Its status.</param>
/// <param name="Description">When it is given, and what it holds.</param>
/// <param name="Headers">The response headers it carries, by their <see cref="ApiComponents"/> name.</param>
public sealed record Reply(int Status, string Description, params IReadOnlyList<string> Headers)
{
    /// <summary>
    /// Its body, where the handler streams bytes rather than returning a record the document already
    /// describes from its type; null keeps that description.
    /// </summary>
    public Body? Returns { get; init; }
}
