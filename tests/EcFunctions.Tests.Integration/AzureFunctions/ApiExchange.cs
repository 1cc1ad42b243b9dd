using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>A request to either host, in a form both can be given.</summary>
public sealed record ApiRequest(string Method, string Path, string? Token = null, byte[]? Body = null, string? ContentType = null)
{
    /// <summary>Further request headers (preconditions, idempotency keys, file names).</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    /// <summary>The request for an <see cref="HttpClient"/> of the local host.</summary>
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }
        }

        if (Token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        foreach (var (name, value) in Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    /// <summary>The same request as the HTTP context a function is called with, served by <paramref name="services"/>.</summary>
    public DefaultHttpContext ToHttpContext(IServiceProvider services)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        var request = context.Request;
        request.Method = Method;
        request.Scheme = "http";
        request.Host = new HostString("localhost");
        var query = Path.IndexOf('?', StringComparison.Ordinal);
        request.Path = query < 0 ? Path : Path[..query];
        request.QueryString = query < 0 ? QueryString.Empty : new QueryString(Path[query..]);
        if (Body is not null)
        {
            request.Body = new MemoryStream(Body);
            request.ContentLength = Body.Length;
            request.ContentType = ContentType;
        }

        if (Token is not null)
        {
            request.Headers.Authorization = $"Bearer {Token}";
        }

        foreach (var (name, value) in Headers)
        {
            request.Headers.Append(name, value);
        }

        context.Response.Body = new MemoryStream();
        return context;
    }
}

/// <summary>What a host answered: the status, the headers that matter to clients, and the body as text.</summary>
public sealed partial record ApiExchange(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The body's bytes, exactly as written.</summary>
    public byte[] Content { get; init; } = [];

    /// <summary>The headers compared between the hosts.</summary>
    public static readonly string[] Compared =
        ["Content-Type", "ETag", "Location", "WWW-Authenticate", "Content-Disposition", "Cache-Control", "Response-State", "Idempotent-Replayed", "Retry-After"];

    /// <summary>The status, headers and body in one text, for a readable difference when two exchanges differ.</summary>
    public override string ToString() =>
        $"{Status}\n{string.Join("\n", Headers.OrderBy(header => header.Key, StringComparer.Ordinal).Select(header => $"{header.Key}: {header.Value}"))}\n\n{Body}";

    /// <summary>What the local host answered.</summary>
    public static async Task<ApiExchange> FromAsync(HttpResponseMessage response)
    {
        var content = await response.Content.ReadAsByteArrayAsync();
        return new(
            (int)response.StatusCode,
            Pick(response.Headers.Concat(response.Content.Headers).Select(header => (header.Key, string.Join(", ", header.Value)))),
            Text(content)) { Content = content };
    }

    /// <summary>What a function's result wrote to <paramref name="response"/>.</summary>
    public static ApiExchange From(HttpResponse response)
    {
        var content = ((MemoryStream)response.Body).ToArray();
        return new(response.StatusCode, Pick(response.Headers.Select(header => (header.Key, header.Value.ToString()))), Text(content)) { Content = content };
    }

    // As HttpContent.ReadAsStringAsync and a StreamReader read it: UTF-8, a byte-order mark dropped. An Office
    // file (a zip, "PK") is read as its parts' text, which compares across worlds where the zip's timestamps and
    // the relationship ids the Open XML SDK draws at random would not.
    private static string Text(byte[] content) => content is [(byte)'P', (byte)'K', 3, 4, ..]
        ? RelationshipId().Replace(string.Concat(new System.IO.Compression.ZipArchive(new MemoryStream(content)).Entries
            .OrderBy(entry => entry.FullName, StringComparer.Ordinal)
            .Select(entry => $"{entry.FullName}\n{new StreamReader(entry.Open(), Encoding.UTF8).ReadToEnd()}\n")), "\"{relationship}\"")
        : new StreamReader(new MemoryStream(content), Encoding.UTF8).ReadToEnd();

    [System.Text.RegularExpressions.GeneratedRegex("\"R[0-9a-f]{16}\"")]
    private static partial System.Text.RegularExpressions.Regex RelationshipId();

    private static Dictionary<string, string> Pick(IEnumerable<(string Name, string Value)> headers) =>
        headers.Where(header => Compared.Contains(header.Name, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(header => Canonical(header.Name), header => header.Value, StringComparer.Ordinal);

    private static string Canonical(string name) => Compared.First(compared => compared.Equals(name, StringComparison.OrdinalIgnoreCase));
}
