using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace EcFunctions.Questionnaires;

/// <summary>
/// <c>format: uri</c> as JSON Schema defines it: an absolute URI by the grammar of RFC 3986. .NET's
/// <see cref="Uri"/>, which NJsonSchema uses, is a lenient parser: it took <c>" https://example.org/"</c>,
/// <c>"C:\reports\a.pdf"</c> and <c>"https://example.org/a b"</c>, and refused <c>"a:b"</c>.
/// </summary>
internal sealed partial class UriFormat : IFormatValidator
{
    private const string Unreserved = @"A-Za-z0-9\-._~";
    private const string SubDelimiters = "!$&'()*+,;=";
    private const string PercentEncoded = "%[0-9A-Fa-f]{2}";
    private const string PathCharacter = $"(?:[{Unreserved}{SubDelimiters}:@]|{PercentEncoded})";
    private const string Authority =
        $"(?:(?:[{Unreserved}{SubDelimiters}:]|{PercentEncoded})*@)?(?<host>\\[[^\\]]*\\]|(?:[{Unreserved}{SubDelimiters}]|{PercentEncoded})*)(?::[0-9]*)?";
    private const string HierarchicalPart =
        $"//{Authority}(?:/{PathCharacter}*)*|/(?:{PathCharacter}+(?:/{PathCharacter}*)*)?|{PathCharacter}+(?:/{PathCharacter}*)*|";

    public string Format => JsonFormatStrings.Uri;

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.UriExpected;

    public bool IsValid(string value, JTokenType tokenType) =>
        Grammar().Match(value) is { Success: true } uri && IsHost(uri.Groups["host"].Value);

    // An IP literal in brackets: an IPv6 address (without a zone, which RFC 3986 does not allow) or an IPvFuture.
    private static bool IsHost(string host) =>
        !host.StartsWith('[')
        || IpFuture().IsMatch(host)
        || (!host.Contains('%', StringComparison.Ordinal)
            && IPAddress.TryParse(host[1..^1], out var address) && address.AddressFamily == AddressFamily.InterNetworkV6);

    [GeneratedRegex($"^[A-Za-z][A-Za-z0-9+\\-.]*:(?:{HierarchicalPart})(?:\\?(?:{PathCharacter}|[/?])*)?(?:#(?:{PathCharacter}|[/?])*)?\\z")]
    private static partial Regex Grammar();

    [GeneratedRegex($"^\\[v[0-9A-Fa-f]+\\.[{Unreserved}{SubDelimiters}:]+\\]\\z")]
    private static partial Regex IpFuture();
}
