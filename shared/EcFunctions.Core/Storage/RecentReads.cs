using System.Collections.Concurrent;

namespace EcFunctions.Storage;

/// <summary>
/// Rows read on nearly every request but rarely changed (tokens, respondents), kept by id for a short
/// <c>lifetime</c> so a request does not pay a storage round trip for each. A change made through this
/// instance forgets its row at once; a change made through another instance shows here within the
/// lifetime. A zero lifetime keeps nothing.
/// </summary>
/// <typeparam name="T">The row.</typeparam>
public sealed class RecentReads<T>(TimeSpan lifetime, TimeProvider clock) where T : class
{
    // Enough for every respondent of a large registry; past it the rows are dropped together, which
    // only costs each a read again.
    private const int Limit = 10_000;

    private readonly ConcurrentDictionary<string, (T Row, DateTimeOffset Until)> kept = new(StringComparer.Ordinal);

    /// <summary>The row kept for <paramref name="id"/> while it is recent, else what <paramref name="read"/> finds (kept when found).</summary>
    public async Task<T?> GetOrReadAsync(string id, Func<CancellationToken, Task<T?>> read, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (kept.TryGetValue(id, out var entry) && entry.Until > now)
        {
            return entry.Row;
        }

        var row = await read(cancellationToken);
        if (row is not null && lifetime > TimeSpan.Zero)
        {
            if (kept.Count >= Limit)
            {
                kept.Clear();
            }

            kept[id] = (row, now + lifetime);
        }

        return row;
    }

    /// <summary>Forgets the row of <paramref name="id"/>, after this instance changed it.</summary>
    public void Forget(string id) => kept.TryRemove(id, out _);
}
