namespace EcFunctions.Access;

/// <summary>How callers authenticate (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auth";

    /// <summary>How long an issued token lasts unless the request says otherwise.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// True only where App Service Authentication (Easy Auth) fronts the app and strips any
    /// <c>X-MS-CLIENT-PRINCIPAL</c> a client sends. Otherwise the header is ignored, so it cannot be forged.
    /// </summary>
    public bool EasyAuthEnabled { get; set; }

    /// <summary>The Easy Auth role claim value that makes a principal the secretariat.</summary>
    public string EasyAuthSecretariatRole { get; set; } = "secretariat";

    /// <summary>Easy Auth principal names (as in the principal's name claim) mapped to respondent ids.</summary>
    public Dictionary<string, string> EasyAuthRespondents { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
