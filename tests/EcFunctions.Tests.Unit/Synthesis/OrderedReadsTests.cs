using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Synthesis;

/// <summary>Reads that finish in any order come out in the items' order, never more than N at a time.</summary>
public sealed class OrderedReadsTests
{
    [Fact]
    public async Task YieldsResultsInTheItemsOrderWhateverOrderTheReadsFinishIn()
    {
        var items = Enumerable.Range(0, 200).ToList();

        var read = await OrderedReads.ReadAsync(items, 16, async (item, cancellationToken) =>
        {
            // Later items finish first within each window, so completion order differs from item order.
            await Task.Delay((16 - item % 16) % 5, cancellationToken);
            return $"r{item}";
        }).ToListAsync();

        Assert.Equal(items, read.Select(entry => entry.Item));
        Assert.Equal(items.Select(item => $"r{item}"), read.Select(entry => entry.Result));
    }

    [Fact]
    public async Task NeverHoldsMoreThanNReadsStartedAndNotYetTaken()
    {
        const int inFlight = 4;
        var started = 0;
        var taken = 0;
        var most = 0;

        await foreach (var (item, _) in OrderedReads.ReadAsync(Enumerable.Range(0, 100), inFlight, async (item, cancellationToken) =>
        {
            var held = Interlocked.Increment(ref started) - Volatile.Read(ref taken);
            InterlockedMax(ref most, held);
            await Task.Yield();
            return item;
        }))
        {
            // The caller works slowly: reads must wait for it rather than pile up.
            await Task.Delay(1);
            Interlocked.Increment(ref taken);
        }

        Assert.Equal(100, started);
        Assert.InRange(most, 1, inFlight + 1);
    }

    [Fact]
    public async Task AFailedReadThrowsAtItsTurnAfterTheResultsBeforeIt()
    {
        var taken = new List<int>();

        var failure = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var (item, _) in OrderedReads.ReadAsync(Enumerable.Range(0, 50), 8, async (item, cancellationToken) =>
            {
                await Task.Yield();
                return item == 20 ? throw new InvalidDataException($"item {item}") : item;
            }))
            {
                taken.Add(item);
            }
        });

        Assert.Equal("item 20", failure.Message);
        Assert.Equal(Enumerable.Range(0, 20), taken);
    }

    [Fact]
    public async Task DisposesTheResultsNobodyTakesWhenTheCallerStopsEarly()
    {
        var results = Enumerable.Range(0, 10).Select(_ => new Disposable()).ToList();

        await foreach (var (item, _) in OrderedReads.ReadAsync(Enumerable.Range(0, 10), 4, (item, _) => Task.FromResult(results[item])))
        {
            if (item == 1)
            {
                break;
            }
        }

        Assert.Equal([false, false, true, true, true, true], results.Take(6).Select(result => result.Disposed));
        Assert.All(results.Skip(6), result => Assert.False(result.Disposed));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }

    private sealed class Disposable : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
