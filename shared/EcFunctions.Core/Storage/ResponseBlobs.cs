namespace EcFunctions.Storage;

/// <summary>Where answer documents live in <see cref="StorageNames.ResponsesContainer"/>.</summary>
public static class ResponseBlobs
{
    /// <summary>
    /// The blob of one revision. The content hash in the name makes the name unique to the bytes,
    /// so a write that fails before it is indexed leaves a harmless orphan instead of a name that
    /// blocks the next attempt, and a retry of the same bytes finds its own blob already there.
    /// </summary>
    public static string RevisionName(string cycleId, string respondentId, int revision, string sha256) =>
        $"{cycleId}/{respondentId}/{revision:D6}-{sha256}.json";
}
