namespace EcFunctions.Access;

/// <summary>How callers authenticate (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auth";

    /// <summary>How long an issued token lasts unless the request says otherwise.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// How long a token or respondent read to identify a caller is reused by an instance: a revocation,
    /// deactivation or change made through another instance takes effect there within this time (made
    /// through the same instance, at once). Zero reads storage on every request.
    /// </summary>
    public TimeSpan CredentialCacheLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The web app's address, which invitation links open (e.g. <c>http://localhost:7071/</c>); none when unset.</summary>
    public Uri? InvitationBaseUrl { get; set; }

    /// <summary>The invitation link for <paramref name="token"/>, or null without <see cref="InvitationBaseUrl"/>.</summary>
    public string? InvitationLink(string token) =>
        InvitationBaseUrl is { } web ? $"{web.GetLeftPart(UriPartial.Query)}#token={Uri.EscapeDataString(token)}" : null;

    /// <summary>
    /// True only where App Service Authentication (Easy Auth) fronts the app and strips any
    /// <c>X-MS-CLIENT-PRINCIPAL</c> a client sends. Otherwise the header is ignored, so it cannot be forged.
    /// </summary>
    public bool EasyAuthEnabled { get; set; }

    /// <summary>The Easy Auth role claim value that makes a principal the secretariat.</summary>
    public string EasyAuthSecretariatRole { get; set; } = "secretariat";

    /// <summary>
    /// Easy Auth principal names (the principal's name claim) mapped to respondent ids, as
    /// <c>name=respondentId</c> pairs separated by <c>;</c>. One string rather than a section, because
    /// App Service setting names cannot hold the '@' of the names being mapped.
    /// </summary>
    public string EasyAuthRespondents { get; set; } = "";

    /// <summary><see cref="EasyAuthRespondents"/> parsed, or null when a pair is malformed.</summary>
    public IReadOnlyDictionary<string, string>? EasyAuthRespondentMap()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in EasyAuthRespondents.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (pair.Split('=', StringSplitOptions.TrimEntries) is not [{ Length: > 0 } name, { Length: > 0 } respondentId]
                || !map.TryAdd(name, respondentId))
            {
                return null;
            }
        }

        return map;
    }
}
