using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcFunctions.Cycles;
using EcFunctions.Tests.Integration.Infrastructure;
using EcFunctions.Tests.Integration.OpenApi;

namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>
/// The same requests, in the same order, to the local host and to the Functions app's functions, each
/// in a world of its own (its own cycle, respondent and tokens, on the same Azurite): every status,
/// the headers that matter and every body must be the same once those identities, and the times a
/// request was served at, are written alike. The scenario calls every HTTP function at least once.
/// </summary>
[Collection(SharedApi.Name)]
public sealed partial class HostParityTests(ApiFixture api) : IAsyncLifetime
{
    private const string Stakeholder = "ec-stakeholder";

    private readonly World local = new("local");
    private readonly World functions = new("functions");
    private FunctionsWorker? worker;
    private HttpClient? client;

    public Task InitializeAsync()
    {
        worker = FunctionsWorker.Create(api.StorageConnectionString);
        client = api.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (worker is not null)
        {
            await worker.DisposeAsync();
        }
    }

    [Fact]
    public async Task BothHostsAnswerEveryRouteAlike()
    {
        var secretariat = api.SecretariatToken;

        // The API's description and the questionnaires, anonymously; a route that needs a caller, without one.
        await BothAsync(HttpStatusCode.OK, _ => new ApiRequest("GET", "/api/openapi/v1.json"));
        await BothAsync(HttpStatusCode.OK, _ => new ApiRequest("GET", "/api/questionnaires"));
        await BothAsync(HttpStatusCode.OK, _ => new ApiRequest("GET", $"/api/questionnaires/{Stakeholder}/versions/1.1.0"));
        await BothAsync(HttpStatusCode.OK, _ => new ApiRequest("GET", $"/api/questionnaires/{Stakeholder}/versions/1.1.0?bundle=true"));
        await BothAsync(HttpStatusCode.NotFound, _ => new ApiRequest("GET", $"/api/questionnaires/{Stakeholder}/versions/9.9.9"));
        await BothAsync(HttpStatusCode.OK, _ => new ApiRequest("GET", $"/api/questionnaires/{Stakeholder}/versions/1.1.0/layout"));
        await BothAsync(HttpStatusCode.Unauthorized, _ => new ApiRequest("GET", "/api/cycles"));

        // The registry and tokens.
        await BothAsync(HttpStatusCode.Created, w => Json("PUT", $"/api/respondents/{w.Respondent}", secretariat, new JsonObject
        {
            ["kind"] = "other-stakeholder", ["stakeholderGroup"] = "civil-society", ["displayName"] = "Parity Network",
            ["focalPointName"] = "Focal Point", ["focalPointEmail"] = "focal@parity.example",
        }));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/respondents/{w.Respondent}", secretariat));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("POST", "/api/respondent-imports", secretariat,
            Encoding.UTF8.GetBytes($"id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail\n{w.Imported},other-stakeholder,private-sector,,,Imported Parity Ltd,,\n"),
            "text/csv"));
        await BothAsync(HttpStatusCode.OK, _ => new ApiRequest("GET", "/api/respondents", secretariat));
        await BothAsync(HttpStatusCode.Created, w => new ApiRequest("POST", $"/api/respondents/{w.Respondent}/tokens", secretariat), (w, issued) =>
        {
            var token = JsonNode.Parse(issued.Body)!;
            w.Token = (string)token["token"]!;
            w.TokenId = (string)token["tokenId"]!;
        });
        await BothAsync(HttpStatusCode.Forbidden, _ => new ApiRequest("GET", "/api/respondents", local.Token));

        // A cycle, a draft, an attachment, a submission, a withdrawal.
        await BothAsync(HttpStatusCode.Created, w => Json("PUT", $"/api/cycles/{w.Cycle}", secretariat,
            JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiFixture.CycleDefinition(Opens, Closes, "1.1.0")))!));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("POST", $"/api/cycles/{w.Cycle}/open", secretariat));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}", secretariat));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", "/api/cycles", w.Token));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", "/api/caller", w.Token));
        // Before anyone answers: every registered respondent, of both worlds, not started in either cycle.
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}/respondents", secretariat));
        await BothAsync(HttpStatusCode.Created, w => Json("PUT", $"/api/cycles/{w.Cycle}/responses/{w.Respondent}/draft", w.Token, Answer(Stakeholder, attachment: null)) with
        {
            Headers = [("If-None-Match", "*"), ("Idempotency-Key", $"draft-{w.Name}")],
        }, (w, saved) => w.ETag = saved.Headers["ETag"]);
        await BothAsync(HttpStatusCode.Created, w => new ApiRequest("POST", $"/api/cycles/{w.Cycle}/responses/{w.Respondent}/attachments", w.Token, Pdf, "application/pdf") with
        {
            Headers = [("Content-Disposition", "attachment; filename=\"Parity paper.pdf\"")],
        }, (w, uploaded) => w.Attachment = (string)JsonNode.Parse(uploaded.Body)!["id"]!);
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}/responses/{w.Respondent}/attachments", w.Token));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}/responses/{w.Respondent}/attachments/{w.Attachment}", secretariat));
        await BothAsync(HttpStatusCode.UnprocessableEntity, w => Json("PUT", $"/api/cycles/{w.Cycle}/responses/{w.Respondent}", w.Token, Answer(Stakeholder, attachment: "bad")) with
        {
            Headers = [("If-Match", w.ETag)],
        });
        await BothAsync(HttpStatusCode.PreconditionRequired, w => Json("PUT", $"/api/cycles/{w.Cycle}/responses/{w.Respondent}", w.Token, Answer(Stakeholder, w.Attachment)));
        await BothAsync(HttpStatusCode.OK, w => Json("PUT", $"/api/cycles/{w.Cycle}/responses/{w.Respondent}", w.Token, Answer(Stakeholder, w.Attachment)) with
        {
            Headers = [("If-Match", w.ETag)],
        });
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}/responses/{w.Respondent}", w.Token), (w, read) => w.ETag = read.Headers["ETag"]);
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}/responses/{w.Respondent}/revisions", secretariat));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}/responses/{w.Respondent}/revisions/1", w.Token));
        await BothAsync(HttpStatusCode.Created, w => Json("PUT", $"/api/cycles/{w.Cycle}/responses/KEN", secretariat, Answer("ec-member-state", attachment: null)) with
        {
            Headers = [("If-None-Match", "*")],
        }, (w, created) => w.KenyaETag = created.Headers["ETag"]);
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("POST", $"/api/cycles/{w.Cycle}/responses/KEN/withdrawal", secretariat) with
        {
            Headers = [("If-Match", w.KenyaETag)],
        });
        await BothAsync(HttpStatusCode.NotFound, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}/responses/KEN", w.Token));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/audit?cycleId={w.Cycle}&pageSize=3", secretariat));
        // A paper received outside the questionnaire, registered, listed, removed and registered again for the synthesis.
        var paper = new JsonObject
        {
            ["channel"] = "written", ["author"] = "Parity Network", ["stakeholderGroup"] = "civil-society", ["title"] = "Parity paper",
            ["language"] = "en", ["received"] = "2026-03-02", ["named"] = true,
        };
        await BothAsync(HttpStatusCode.Created, w => Json("PUT", $"/api/cycles/{w.Cycle}/contributions/paper-1", secretariat, paper.DeepClone()));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}/contributions", secretariat));
        await BothAsync(HttpStatusCode.NoContent, w => new ApiRequest("DELETE", $"/api/cycles/{w.Cycle}/contributions/paper-1", secretariat));
        await BothAsync(HttpStatusCode.Created, w => Json("PUT", $"/api/cycles/{w.Cycle}/contributions/paper-1", secretariat, paper.DeepClone()));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("PUT", $"/api/cycles/{w.Cycle}/contributions/paper-1/document", secretariat, Pdf, "application/pdf") with
        {
            Headers = [("Content-Disposition", "attachment; filename=\"Parity paper.pdf\"")],
        });
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}/contributions/paper-1/document", secretariat));

        // The close, the synthesis the local host's queue listener compiles for both, and its outputs.
        await BothAsync(HttpStatusCode.Accepted, w => new ApiRequest("POST", $"/api/cycles/{w.Cycle}/close", secretariat));
        using var secretariatClient = api.CreateSecretariatClient();
        await SynthesisWaits.UntilAsync(secretariatClient, local.Cycle, "synthesised");
        await SynthesisWaits.UntilAsync(secretariatClient, functions.Cycle, "synthesised");
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}/synthesis", secretariat), (w, status) =>
            w.Masks[(string)JsonNode.Parse(status.Body)!["fingerprint"]!] = "{fingerprint}");
        foreach (var output in CycleViews.Outputs.Keys)
        {
            await BothAsync(HttpStatusCode.OK, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}/synthesis/{output}", secretariat));
        }

        await BothAsync(HttpStatusCode.Accepted, w => new ApiRequest("POST", $"/api/cycles/{w.Cycle}/synthesis", secretariat));
        await BothAsync(HttpStatusCode.Created, w => new ApiRequest("POST", "/api/secretariat/tokens", secretariat), (w, issued) =>
        {
            var token = JsonNode.Parse(issued.Body)!;
            w.Masks[(string)token["token"]!] = "{secretariat-token}";
            w.Masks[(string)token["tokenId"]!] = "{secretariat-token-id}";
        });
        await BothAsync(HttpStatusCode.NoContent, w => new ApiRequest("DELETE", $"/api/tokens/{w.TokenId}", secretariat));
        await BothAsync(HttpStatusCode.Unauthorized, w => new ApiRequest("GET", $"/api/cycles/{w.Cycle}", w.Token));
        await BothAsync(HttpStatusCode.OK, w => new ApiRequest("DELETE", $"/api/respondents/{w.Respondent}", secretariat));

        SameSets.Assert("the Functions app's HTTP functions", FunctionsMetadata.Load().Http.Select(function => function.Name),
            "the functions this scenario called", worker!.Called);
        // And the OpenAPI document lists every answer the scenario got (function names are its operation ids).
        var undocumented = worker.Answered.Except(BuiltDocument.Replies(), StringComparer.Ordinal).ToList();
        Assert.True(undocumented.Count == 0, $"Answers the OpenAPI document does not list: {string.Join(", ", undocumented)}");
    }

    private static readonly DateTimeOffset Opens = DateTimeOffset.UtcNow.AddHours(-1);
    private static readonly DateTimeOffset Closes = DateTimeOffset.UtcNow.AddDays(1);

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% parity\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private static JsonObject Answer(string questionnaireId, string? attachment)
    {
        var answer = Samples.ValidAnswer(questionnaireId);
        answer["questionnaire"]!["version"] = "1.1.0";
        if (attachment is not null)
        {
            answer["attachments"] = new JsonArray(new JsonObject { ["id"] = attachment, ["title"] = "Parity paper" });
        }

        return answer;
    }

    private static ApiRequest Json(string method, string path, string? token, JsonNode body) =>
        new(method, path, token, Encoding.UTF8.GetBytes(body.ToJsonString()), "application/json");

    /// <summary>
    /// Sends the request <paramref name="request"/> makes for each world, first to the local host, then to
    /// the Functions app; both must answer <paramref name="status"/> and alike. <paramref name="remember"/>
    /// keeps what later requests need from each world's answer.
    /// </summary>
    private async Task BothAsync(HttpStatusCode status, Func<World, ApiRequest> request, Action<World, ApiExchange>? remember = null)
    {
        using var message = request(local).ToMessage();
        var fromLocal = await ApiExchange.FromAsync(await client!.SendAsync(message));
        var toFunctions = request(functions);
        var fromFunctions = await worker!.SendAsync(toFunctions);

        var what = $"{toFunctions.Method} {toFunctions.Path}";
        Assert.True(fromLocal.Status == (int)status && fromFunctions.Status == (int)status,
            $"{what}: {(int)status} expected, {fromLocal.Status} from the local host, {fromFunctions.Status} from the Functions app.\n{fromLocal}\n---\n{fromFunctions}");
        remember?.Invoke(local, fromLocal);
        remember?.Invoke(functions, fromFunctions);

        var expected = Normalise(fromLocal.ToString());
        var actual = Normalise(fromFunctions.ToString());
        Assert.True(expected == actual, $"{what}: the hosts differ.\n--- local host ---\n{expected}\n--- Functions app ---\n{actual}");
    }

    // Each world's identities become one placeholder, in both answers, so lists that hold both worlds compare too.
    private string Normalise(string text)
    {
        foreach (var (value, placeholder) in local.Masks.Concat(functions.Masks).OrderByDescending(mask => mask.Key.Length))
        {
            text = text.Replace(value, placeholder, StringComparison.Ordinal);
        }

        text = Timestamp().Replace(text, "{time}");
        text = TraceId().Replace(text, "\"traceId\":\"{trace}\"");
        return ContinuationToken().Replace(text, "page={continuation}");
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")]
    private static partial Regex Timestamp();

    // Problem details carry the request's trace id, unique to each request.
    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();

    // A page link's continuation encodes the storage keys it goes on from, the cycle's among them.
    [GeneratedRegex("page=[^\"&]+")]
    private static partial Regex ContinuationToken();

    /// <summary>One host's identities and what its earlier answers said.</summary>
    private sealed class World
    {
        private string token = "";
        private string tokenId = "";

        public World(string name)
        {
            Name = name;
            Cycle = $"p{name[0]}{Guid.NewGuid():N}"[..14];
            Respondent = $"parity-{name[0]}{Guid.NewGuid():N}"[..16];
            Imported = $"imported-{name[0]}{Guid.NewGuid():N}"[..18];
            Masks[Cycle] = "{cycle}";
            Masks[Respondent] = "{respondent}";
            Masks[Imported] = "{imported}";
        }

        public string Name { get; }

        public string Cycle { get; }

        public string Respondent { get; }

        public string Imported { get; }

        /// <summary>What is written alike in both hosts' answers, by what it stands for.</summary>
        public Dictionary<string, string> Masks { get; } = [];

        public string Token { get => token; set => Masks[token = value] = "{token}"; }

        public string TokenId { get => tokenId; set => Masks[tokenId = value] = "{token-id}"; }

        public string ETag { get; set; } = "";

        public string KenyaETag { get; set; } = "";

        public string Attachment { get; set; } = "";
    }
}
