using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>Bodies and problem documents as the tests send and read them.</summary>
public static class HttpContentExtensions
{
    /// <summary>A JSON body of exactly these bytes.</summary>
    public static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>A JSON body of this text, UTF-8 encoded.</summary>
    public static ByteArrayContent Json(string text) => Json(Encoding.UTF8.GetBytes(text));

    /// <summary>A JSON body of this tree.</summary>
    public static ByteArrayContent Json(JsonNode node) => Json(node.ToJsonString());

    /// <summary>The problem-details body of a reply, checking its media type on the way.</summary>
    public static async Task<JsonObject> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>The validation errors of a 422 answer-invalid problem, keyed by JSON pointer.</summary>
    public static Dictionary<string, string[]> Errors(this JsonObject problem) =>
        problem["errors"].Deserialize<Dictionary<string, string[]>>()!;
}
