using System.Text;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace EcFunctions.Synthesis;

/// <summary>
/// Builds a block blob out of order: parts are staged as they are produced, under a section key,
/// and committed at the end in section order. Nothing is visible until the commit, which replaces
/// the blob atomically; block ids are unique to this writer, so a concurrent or earlier attempt's
/// staged blocks never mix into this one's commit. A part uploads while the caller produces the next:
/// uploads up to a small number of bytes are in flight at a time, so memory holds a few parts, not the
/// blob, and the many small parts of the end (a report's headings) do not wait for each other.
/// </summary>
internal sealed class StagedBlob(BlockBlobClient blob, string contentType)
{
    private const int BytesInFlight = 256 * 1024;

    private readonly string attempt = Guid.NewGuid().ToString("N");
    private readonly List<(string Section, int Order, string BlockId)> blocks = [];
    private readonly Queue<(Task Upload, int Bytes)> uploads = [];
    private int bytesInFlight;

    /// <summary>
    /// Stages <paramref name="text"/> as the next part of <paramref name="section"/>: starts its upload,
    /// waiting first for the oldest while the bytes in flight would pass the bound. A failed upload
    /// throws from a later call or from the commit.
    /// </summary>
    public async Task StageAsync(string section, string text, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        while (uploads.Count > 0 && bytesInFlight + bytes.Length > BytesInFlight)
        {
            var (upload, uploaded) = uploads.Dequeue();
            bytesInFlight -= uploaded;
            await upload;
        }

        var blockId = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{attempt}-{blocks.Count:D8}"));
        uploads.Enqueue((blob.StageBlockAsync(blockId, new MemoryStream(bytes), cancellationToken: cancellationToken), bytes.Length));
        bytesInFlight += bytes.Length;
        blocks.Add((section, blocks.Count, blockId));
    }

    /// <summary>Commits the staged parts, ordered by section (ordinal) and then by staging order.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => CommitAsync(section => section, cancellationToken);

    /// <summary>
    /// Commits the staged parts ordered as <see cref="CommitAsync(CancellationToken)"/>, each section
    /// first moved where <paramref name="place"/> puts it; a section it places nowhere (null) is left out.
    /// </summary>
    public async Task CommitAsync(Func<string, string?> place, CancellationToken cancellationToken)
    {
        while (uploads.TryDequeue(out var upload))
        {
            await upload.Upload;
        }

        await blob.CommitBlockListAsync(
            CommitOrder(blocks, place),
            new CommitBlockListOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
    }

    /// <summary>The parts ordered by section as <paramref name="place"/> moves it (ordinal), then by staging order; those placed nowhere left out.</summary>
    internal static IEnumerable<T> CommitOrder<T>(IEnumerable<(string Section, int Order, T Part)> parts, Func<string, string?> place) =>
        parts.Select(part => (Section: place(part.Section), part.Order, part.Part))
            .Where(part => part.Section is not null)
            .OrderBy(part => part.Section, StringComparer.Ordinal).ThenBy(part => part.Order).Select(part => part.Part);
}
