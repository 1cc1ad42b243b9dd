using EcFunctions.Questionnaires;
using EcFunctions.Storage;

namespace EcFunctions.Responses;

/// <summary>What a stored answer became: the reply to a successful <c>PUT</c>.</summary>
/// <param name="CycleId">The reporting cycle.</param>
/// <param name="RespondentId">The respondent.</param>
/// <param name="Questionnaire">The questionnaire version the answer was validated against.</param>
/// <param name="Revision">The revision number of this write, from 1.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the stored bytes, which are the bytes sent.</param>
/// <param name="Size">Size of the stored bytes.</param>
/// <param name="StoredAt">When the revision was stored.</param>
/// <param name="ETag">The response's entity tag, also in the <c>ETag</c> header.</param>
/// <param name="State">What the revision made of the response: draft, submitted or withdrawn.</param>
public sealed record ResponseReceipt(
    string CycleId, string RespondentId, QuestionnaireRef Questionnaire, int Revision, string Sha256, long Size,
    DateTimeOffset StoredAt, string ETag, string State)
{
    /// <summary>The receipt for a head row.</summary>
    public static ResponseReceipt From(ResponseEntity head) => new(
        head.PartitionKey, head.RespondentId, new QuestionnaireRef(head.QuestionnaireId, head.QuestionnaireVersion),
        head.Revision, head.Sha256, head.Size, head.StoredAt, ResponseETag.For(head).Tag.Value!, head.State);
}
