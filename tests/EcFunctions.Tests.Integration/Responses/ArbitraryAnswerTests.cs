using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using EcFunctions.Questionnaires;
using EcFunctions.Tests.Integration.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Responses;

/// <summary>
/// Whatever JSON a client puts wherever in an answer, the API answers with a 2xx or a 4xx problem,
/// never a 5xx: arbitrary values (text with lone surrogates and formulas, huge and tiny numbers,
/// nesting past the depth limit, objects and arrays) at every path of every questionnaire.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class ArbitraryAnswerTests(ApiFixture api)
{
    private const string Placeholder = "\"ARBITRARY-VALUE\"";

    private static readonly Dictionary<string, string> RespondentOf = new(StringComparer.Ordinal)
    {
        ["ec-member-state"] = "BRA", ["ec-organisation"] = "itu", ["ec-stakeholder"] = "apc",
    };

    [Fact]
    public async Task NoValueAnywhereInAnAnswerMakesTheApiFail()
    {
        var cycle = await api.OpenCycleAsync();
        using var client = api.CreateSecretariatClient();
        var catalogue = api.Host.Services.GetRequiredService<QuestionnaireCatalogue>();
        var paths = RespondentOf.Keys
            .SelectMany(id => Paths(catalogue.FindQuestionnaire(new QuestionnaireRef(id, "1.0.0"))!.Schema, [], 0).Select(path => (id, path)))
            .ToArray();
        var eTags = new Dictionary<string, EntityTagHeaderValue?>(StringComparer.Ordinal);

        var cases = Gen.Elements(paths).SelectMany(_ => Value(3), (at, value) => (at.id, at.path, value))
            .SelectMany(_ => Gen.Elements("draft", "submit"), (placed, route) => (placed.id, placed.path, placed.value, route));
        var property = Prop.ForAll(cases.ToArbitrary(), placed =>
        {
            var respondent = RespondentOf[placed.id];
            var body = Answer(placed.id, placed.path).Replace(Placeholder, placed.value, StringComparison.Ordinal);
            using var request = new HttpRequestMessage(HttpMethod.Put,
                $"/api/cycles/{cycle}/responses/{respondent}{(placed.route == "draft" ? "/draft" : "")}") { Content = Json(body) };
            if (eTags.GetValueOrDefault(respondent) is { } eTag)
            {
                request.Headers.IfMatch.Add(eTag);
            }
            else
            {
                request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
            }

            // FsCheck runs properties synchronously; the test server has no context to deadlock on.
            using var response = client.SendAsync(request).GetAwaiter().GetResult();
            if (response.IsSuccessStatusCode)
            {
                eTags[respondent] = response.Headers.ETag;
            }

            return ((int)response.StatusCode < 500).Label($"{(int)response.StatusCode} for {body}");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), property);
        Assert.NotEmpty(paths);
    }

    /// <summary>The valid sample answer with the placeholder at <paramref name="path"/>, made where it was absent.</summary>
    private static string Answer(string questionnaireId, string[] path)
    {
        JsonNode root = Samples.ValidAnswer(questionnaireId);
        var node = root;
        for (var index = 0; index < path.Length; index++)
        {
            var last = index == path.Length - 1;
            JsonNode? next = last ? JsonValue.Create("ARBITRARY-VALUE") : path[index + 1] == "0" ? new JsonArray() : new JsonObject();
            if (node is JsonArray array)
            {
                if (array.Count == 0 || last)
                {
                    array.Clear();
                    array.Add(next);
                }

                node = array[0]!;
            }
            else
            {
                var container = node.AsObject();
                if (last || container[path[index]] is not (JsonObject or JsonArray))
                {
                    container[path[index]] = next;
                }

                node = container[path[index]]!;
            }
        }

        return root.ToJsonString();
    }

    /// <summary>Every property path of the schema, an array's items as <c>0</c>, through references and allOf.</summary>
    private static IEnumerable<string[]> Paths(JsonSchema schema, string[] prefix, int depth)
    {
        var actual = schema.ActualSchema;
        if (depth > 8)
        {
            yield break;
        }

        foreach (var (name, property) in actual.ActualProperties)
        {
            string[] path = [.. prefix, name];
            yield return path;
            foreach (var inner in Paths(property, path, depth + 1))
            {
                yield return inner;
            }
        }

        if (actual.Item is { } item)
        {
            string[] path = [.. prefix, "0"];
            yield return path;
            foreach (var inner in Paths(item, path, depth + 1))
            {
                yield return inner;
            }
        }

        foreach (var part in actual.AllOf)
        {
            foreach (var inner in Paths(part, prefix, depth + 1))
            {
                yield return inner;
            }
        }
    }

    /// <summary>Raw JSON text of an arbitrary value, the hostile ones included.</summary>
    private static Gen<string> Value(int depth)
    {
        var text = ArbMap.Default.GeneratorFor<string>().Select(value => System.Text.Json.JsonSerializer.Serialize(value ?? ""));
        var number = Gen.OneOf(
            ArbMap.Default.GeneratorFor<int>().Select(value => value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ArbMap.Default.GeneratorFor<NormalFloat>().Select(value => value.Get.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        var hostile = Gen.Elements(
            "123456789012345678901234567890", "1e400", "-1e-400", "-0", "0.0000000000000000000000000000001",
            "\"\\ud800\"", "\"x\\udc00y\"", "\"\\ud800\\ud800\"", "\"=cmd|' /C calc'!A0\"", "\"\\u0000\"", "\"\\u202e\"",
            $"\"{new string('x', 30_000)}\"", new string('[', 70) + new string(']', 70), "{\"\\ud800\": 1}", "true", "null", "{}", "[]");
        var leaf = Gen.OneOf(text, number, hostile);
        if (depth == 0)
        {
            return leaf;
        }

        var array = Value(depth - 1).ListOf().Select(items => $"[{string.Join(",", items)}]");
        var obj = Gen.Zip(ArbMap.Default.GeneratorFor<string>(), Value(depth - 1)).ListOf()
            .Select(members => "{" + string.Join(",", members
                .DistinctBy(member => member.Item1 ?? "")
                .Select(member => $"{System.Text.Json.JsonSerializer.Serialize(member.Item1 ?? "")}:{member.Item2}")) + "}");
        return Gen.Frequency((6, leaf), (1, array), (1, obj));
    }
}
