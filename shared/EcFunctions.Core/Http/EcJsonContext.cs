using System.Text.Json;
using System.Text.Json.Serialization;
using EcFunctions.Access;
using EcFunctions.Attachments;
using EcFunctions.Audit;
using EcFunctions.Contributions;
using EcFunctions.Cycles;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Responses;

namespace EcFunctions.Http;

/// <summary>Source-generated JSON for the records the API writes, in the web's camelCase.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(QuestionnaireListing))]
[JsonSerializable(typeof(ResponseReceipt))]
[JsonSerializable(typeof(Respondent))]
[JsonSerializable(typeof(RespondentDetails))]
[JsonSerializable(typeof(RespondentListing))]
[JsonSerializable(typeof(RespondentImport))]
[JsonSerializable(typeof(IssuedToken))]
[JsonSerializable(typeof(Dictionary<string, QuestionnaireRef>))]
[JsonSerializable(typeof(CycleDefinition))]
[JsonSerializable(typeof(SynthesisRerun))]
[JsonSerializable(typeof(CycleStatus))]
[JsonSerializable(typeof(CycleListing))]
[JsonSerializable(typeof(CycleRespondents))]
[JsonSerializable(typeof(CallerView))]
[JsonSerializable(typeof(SynthesisRequest))]
[JsonSerializable(typeof(RevisionHistory))]
[JsonSerializable(typeof(AuditPage))]
[JsonSerializable(typeof(AttachmentInfo))]
[JsonSerializable(typeof(AttachmentListing))]
[JsonSerializable(typeof(Contribution))]
[JsonSerializable(typeof(ContributionDetails))]
[JsonSerializable(typeof(ContributionListing))]
public sealed partial class EcJsonContext : JsonSerializerContext;
