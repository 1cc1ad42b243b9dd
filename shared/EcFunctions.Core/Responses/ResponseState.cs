namespace EcFunctions.Responses;

/// <summary>
/// What a revision made of a response. A draft may be incomplete; a submission is complete and is
/// what the synthesis reads; a withdrawal takes the response out of the synthesis, keeping its history.
/// </summary>
public static class ResponseState
{
    /// <summary>Saved work in progress: types and formats checked, required answers not.</summary>
    public const string Draft = "draft";

    /// <summary>Complete and valid; the last submitted revision is the one synthesised.</summary>
    public const string Submitted = "submitted";

    /// <summary>Withdrawn by the respondent or the secretariat: not synthesised.</summary>
    public const string Withdrawn = "withdrawn";
}
