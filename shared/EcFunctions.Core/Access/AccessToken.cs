using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace EcFunctions.Access;

/// <summary>
/// The shape of a bearer token, <c>ec_&lt;id&gt;_&lt;secret&gt;</c>: the id finds the stored row, the
/// 256-bit secret is checked against its salted hash. A token is shown once, when issued.
/// </summary>
public static partial class AccessToken
{
    /// <summary>A new token id and secret.</summary>
    public static (string TokenId, string Secret) Create() =>
        (Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), Base64Url(RandomNumberGenerator.GetBytes(32)));

    /// <summary>The token a client presents.</summary>
    public static string Format(string tokenId, string secret) => $"ec_{tokenId}_{secret}";

    /// <summary>Splits a presented token, or returns false when it is not one of ours.</summary>
    public static bool TryParse(string token, out string tokenId, out string secret)
    {
        var match = Shape().Match(token);
        (tokenId, secret) = match.Success ? (match.Groups["id"].Value, match.Groups["secret"].Value) : ("", "");
        return match.Success;
    }

    /// <summary>The salted hash stored for <paramref name="secret"/>.</summary>
    public static byte[] Hash(byte[] salt, string secret) => SHA256.HashData([.. salt, .. System.Text.Encoding.UTF8.GetBytes(secret)]);

    /// <summary>Whether <paramref name="secret"/> matches the stored hash, in constant time.</summary>
    public static bool Matches(string secret, string salt, string hash) =>
        CryptographicOperations.FixedTimeEquals(Hash(Convert.FromBase64String(salt), secret), Convert.FromBase64String(hash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^ec_(?<id>[0-9a-f]{32})_(?<secret>[A-Za-z0-9_-]{43})$")]
    private static partial Regex Shape();
}
