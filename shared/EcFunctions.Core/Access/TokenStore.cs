using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using EcFunctions.Http;
using EcFunctions.Storage;
using Microsoft.Extensions.Options;

namespace EcFunctions.Access;

/// <summary>Issued tokens in Table storage, as salted hashes.</summary>
public sealed class TokenStore(TableServiceClient tables, IOptions<AuthOptions> options, TimeProvider clock)
{
    private readonly RecentReads<TokenEntity> recent = new(options.Value.CredentialCacheLifetime, clock);

    /// <summary>The role of the secretariat's tokens.</summary>
    public const string SecretariatRole = "secretariat";

    /// <summary>The role of a respondent's tokens.</summary>
    public const string RespondentRole = "respondent";

    private TableClient Table => tables.GetTableClient(StorageNames.TokensTable);

    /// <summary>Issues a token; the returned token is the only copy there will ever be.</summary>
    public async Task<IssuedToken> IssueAsync(
        string role, string respondentId, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var (tokenId, secret) = AccessToken.Create();
        var salt = RandomNumberGenerator.GetBytes(16);
        var now = clock.GetUtcNow();
        var row = new TokenEntity
        {
            RowKey = tokenId,
            Role = role,
            RespondentId = respondentId,
            Salt = Convert.ToBase64String(salt),
            Hash = Convert.ToBase64String(AccessToken.Hash(salt, secret)),
            IssuedAt = now,
            ExpiresAt = now + lifetime,
        };
        await Table.AddEntityAsync(row, cancellationToken);
        return new IssuedToken(tokenId, AccessToken.Format(tokenId, secret), role, respondentId.Length > 0 ? respondentId : null, row.ExpiresAt);
    }

    /// <summary>The stored token, or null.</summary>
    public async Task<TokenEntity?> GetTokenIfExistsAsync(string tokenId, CancellationToken cancellationToken = default)
    {
        if (!Identifiers.IsValid(tokenId))
        {
            return null;
        }

        var row = await Table.GetEntityIfExistsAsync<TokenEntity>(TokenEntity.Partition, tokenId, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>
    /// The stored token as read at most <see cref="AuthOptions.CredentialCacheLifetime"/> ago, or null: what
    /// identifying a caller reads, so that it costs no round trip on most requests.
    /// </summary>
    public Task<TokenEntity?> GetRecentTokenAsync(string tokenId, CancellationToken cancellationToken = default) =>
        recent.GetOrReadAsync(tokenId, token => GetTokenIfExistsAsync(tokenId, token), cancellationToken);

    /// <summary>Revokes a token for good and returns it; null when there is no such token.</summary>
    public async Task<TokenEntity?> RevokeAsync(string tokenId, CancellationToken cancellationToken = default)
    {
        var row = await GetTokenIfExistsAsync(tokenId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (row.RevokedAt is null)
        {
            await Table.UpdateEntityAsync(row with { RevokedAt = clock.GetUtcNow() }, ETag.All, TableUpdateMode.Replace, cancellationToken);
        }

        recent.Forget(tokenId);

        return row;
    }

    /// <summary>
    /// Revokes every token of <paramref name="respondentId"/> not yet revoked, for good: registering the
    /// respondent again does not bring them back. Returns how many were revoked.
    /// </summary>
    public async Task<int> RevokeAllOfAsync(string respondentId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var live = new List<TableTransactionAction>();
        await foreach (var row in Table.QueryAsync<TokenEntity>(
            row => row.PartitionKey == TokenEntity.Partition && row.RespondentId == respondentId, cancellationToken: cancellationToken))
        {
            if (row.RevokedAt is null)
            {
                live.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, row with { RevokedAt = now }, ETag.All));
            }
        }

        // Every token is in one partition, so a transaction revokes up to its limit at once.
        foreach (var chunk in live.Chunk(100))
        {
            await Table.SubmitTransactionAsync(chunk, cancellationToken);
            foreach (var revoked in chunk)
            {
                recent.Forget(revoked.Entity.RowKey);
            }
        }

        return live.Count;
    }
}
