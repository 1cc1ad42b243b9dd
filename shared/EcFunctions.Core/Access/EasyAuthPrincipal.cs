using System.Text;
using System.Text.Json;

namespace EcFunctions.Access;

/// <summary>The client principal App Service Authentication passes in <c>X-MS-CLIENT-PRINCIPAL</c>: base64 JSON of claims.</summary>
internal sealed record EasyAuthPrincipal(string Name, IReadOnlyList<string> Roles)
{
    public static EasyAuthPrincipal? TryRead(string header)
    {
        try
        {
            using var document = JsonDocument.Parse(Convert.FromBase64String(header));
            var root = document.RootElement;
            var nameType = root.TryGetProperty("name_typ", out var n) ? n.GetString() : null;
            var roleType = root.TryGetProperty("role_typ", out var r) ? r.GetString() : null;
            var claims = root.GetProperty("claims").EnumerateArray()
                .Select(claim => (Type: claim.GetProperty("typ").GetString(), Value: claim.GetProperty("val").GetString() ?? ""))
                .ToList();
            var name = claims.FirstOrDefault(claim => claim.Type == nameType).Value;
            return string.IsNullOrEmpty(name)
                ? null
                : new EasyAuthPrincipal(name, [.. claims.Where(claim => claim.Type == roleType).Select(claim => claim.Value)]);
        }
        catch (Exception malformed) when (malformed is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
