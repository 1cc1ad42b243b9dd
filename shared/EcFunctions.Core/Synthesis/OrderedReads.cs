using System.Runtime.CompilerServices;

namespace EcFunctions.Synthesis;

/// <summary>
/// Reads items with a bounded number of reads in flight and yields the results in the items' order.
/// Storage answers a read in a round trip whatever else is in flight, so a synthesis that waits for
/// each download before asking for the next runs at a fraction of the speed storage offers; the
/// outputs must still come out byte for byte the same, so the order is the items', never the
/// order the reads finish in.
/// </summary>
public static class OrderedReads
{
    /// <summary>
    /// Each of <paramref name="items"/> with the result of <paramref name="read"/> over it, in the items' order, with at most
    /// <paramref name="inFlight"/> reads started and not yet taken: memory holds that many results beside
    /// the one the caller works on, whatever the number of items. A failed read throws when its turn
    /// comes; the reads still in flight are then cancelled, and results nobody will take are disposed.
    /// </summary>
    public static async IAsyncEnumerable<(TItem Item, TResult Result)> ReadAsync<TItem, TResult>(
        IEnumerable<TItem> items, int inFlight, Func<TItem, CancellationToken, Task<TResult>> read,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inFlight, 1);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<(TItem Item, Task<TResult> Read)>(inFlight);
        using var next = items.GetEnumerator();
        try
        {
            while (pending.Count < inFlight && next.MoveNext())
            {
                pending.Enqueue((next.Current, read(next.Current, abandon.Token)));
            }

            while (pending.TryDequeue(out var first))
            {
                var result = await first.Read;

                // The next read starts before the caller works on this result, so storage stays busy meanwhile.
                if (next.MoveNext())
                {
                    pending.Enqueue((next.Current, read(next.Current, abandon.Token)));
                }

                yield return (first.Item, result);
            }
        }
        finally
        {
            await abandon.CancelAsync();
            foreach (var (_, left) in pending)
            {
                // Their failures are the consequence of the one already thrown, or of the caller stopping early.
                await ((Task)left).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (left.IsCompletedSuccessfully && left.Result is IDisposable disposable)
                {
                    disposable.Dispose();
                }
            }
        }
    }
}
