namespace EcFunctions.Access;

/// <summary>A newly issued token. <see cref="Token"/> is returned once and stored only as a hash.</summary>
/// <param name="TokenId">The public id, used to revoke it.</param>
/// <param name="Token">The bearer token to send as <c>Authorization: Bearer ...</c>.</param>
/// <param name="Role"><c>secretariat</c> or <c>respondent</c>.</param>
/// <param name="RespondentId">The respondent it acts for, if any.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="InvitationLink">
/// The web app's address with the token in its fragment (<c>#token=...</c>), which browsers never send
/// to a server; null where no web app address is configured (<see cref="AuthOptions.InvitationBaseUrl"/>).
/// </param>
public sealed record IssuedToken(
    string TokenId, string Token, string Role, string? RespondentId, DateTimeOffset ExpiresAt, string? InvitationLink = null);
