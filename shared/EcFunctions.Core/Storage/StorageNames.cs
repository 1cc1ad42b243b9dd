namespace EcFunctions.Storage;

/// <summary>
/// Every table, container and queue name the system uses. Constants, so that trigger attributes
/// in the Functions app and the local host's listener read the same names.
/// </summary>
public static class StorageNames
{
    /// <summary>The configuration name of the storage connection (the Functions host's own).</summary>
    public const string Connection = "AzureWebJobsStorage";

    /// <summary>Table indexing every response and each of its revisions.</summary>
    public const string ResponsesTable = "responses";

    /// <summary>Container holding the immutable answer documents, one blob per revision.</summary>
    public const string ResponsesContainer = "responses";

    /// <summary>Table of the respondent registry.</summary>
    public const string RespondentsTable = "respondents";

    /// <summary>Table of issued access tokens, stored as salted hashes.</summary>
    public const string TokensTable = "tokens";
}
