using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace EcFunctions.Synthesis;

/// <summary>
/// An output built out of order in a temporary file: parts are written as they are produced, under a
/// section key, and read back once all are written, in section order, so an output far larger than
/// memory (a report quoting every free-text answer) can be written from parts whose place is known only
/// at the end. Storage then takes it in a few large blocks: staging each part as a block of its own cost
/// the storage a request per part, and those requests, not the bytes, were most of its work.
/// </summary>
/// <remarks>
/// A section may instead be written as runs of keyed entries (<see cref="StageRun"/>), read back merged
/// into one order by key: an order that must not follow the order the entries came in (a set's quotes,
/// which come in respondent order) then holds across the whole section, though only a run is ever in memory.
/// </remarks>
internal sealed class StagedFile : IDisposable
{
    // One block in flight per upload, so memory holds a block, not the output.
    private const int UploadBlockBytes = 256 * 1024;

    // A run's entry is framed by its key (8 bytes) and its length (4).
    private const int EntryHeaderBytes = sizeof(ulong) + sizeof(int);

    private readonly FileStream file = new(
        Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);

    private readonly List<(string Section, long Offset, int Length, bool Run)> parts = [];
    private readonly byte[] header = new byte[EntryHeaderBytes];

    /// <summary>Writes <paramref name="text"/> as the next part of <paramref name="section"/>.</summary>
    public void Stage(string section, string text)
    {
        if (text.Length > 0)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            parts.Add((section, file.Position, bytes.Length, Run: false));
            file.Write(bytes);
        }
    }

    /// <summary>
    /// Writes <paramref name="entries"/> as a run of <paramref name="section"/>: read back, the entries of all
    /// the section's runs come in order of their keys (equal keys in the order written), after its other parts.
    /// </summary>
    public void StageRun(string section, IEnumerable<(ulong Key, string Text)> entries)
    {
        var offset = file.Position;
        foreach (var (key, text) in entries.OrderBy(entry => entry.Key))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            BinaryPrimitives.WriteUInt64BigEndian(header, key);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(sizeof(ulong)), bytes.Length);
            file.Write(header);
            file.Write(bytes);
        }

        if (file.Position > offset)
        {
            parts.Add((section, offset, (int)(file.Position - offset), Run: true));
        }
    }

    /// <summary>
    /// The parts, after the last is staged, ordered by section (ordinal) and then by staging order, a
    /// section's runs merged by key after its other parts, each section first moved where
    /// <paramref name="place"/> puts it; a section it places nowhere (null) is left out.
    /// </summary>
    public Stream Read(Func<string, string?> place) => new PartsStream(file, Ranges(place).GetEnumerator());

    private IEnumerable<(long Offset, int Length)> Ranges(Func<string, string?> place)
    {
        var sections = parts.Select(part => (Placed: place(part.Section), Part: part)).Where(part => part.Placed is not null)
            .OrderBy(part => part.Placed, StringComparer.Ordinal)
            .GroupBy(part => part.Placed, part => part.Part, StringComparer.Ordinal);
        foreach (var section in sections)
        {
            foreach (var part in section.Where(part => !part.Run))
            {
                yield return (part.Offset, part.Length);
            }

            foreach (var entry in Merged(section.Where(part => part.Run)))
            {
                yield return entry;
            }
        }
    }

    /// <summary>The entries of <paramref name="runs"/>, each sorted by key, as one sequence sorted by key: a run's next entry is read only once its last is taken.</summary>
    private IEnumerable<(long Offset, int Length)> Merged(IEnumerable<(string Section, long Offset, int Length, bool Run)> runs)
    {
        var next = new PriorityQueue<(long At, int Length, long End), (ulong Key, long At)>();
        foreach (var run in runs)
        {
            Enqueue(run.Offset, run.Offset + run.Length);
        }

        while (next.TryDequeue(out var entry, out _))
        {
            yield return (entry.At + EntryHeaderBytes, entry.Length);
            Enqueue(entry.At + EntryHeaderBytes + entry.Length, entry.End);
        }

        void Enqueue(long at, long end)
        {
            if (at < end)
            {
                file.Position = at;
                file.ReadExactly(header);
                next.Enqueue((at, BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(sizeof(ulong))), end), (BinaryPrimitives.ReadUInt64BigEndian(header), at));
            }
        }
    }

    /// <summary>
    /// Uploads what <see cref="Read"/> gives to <paramref name="blob"/>, gzip-compressed and marked so
    /// (<c>Content-Encoding: gzip</c>, which <see cref="SynthesisOutputs.OpenIfExistsAsync"/> undoes): text
    /// shrinks several times, and the bytes are most of what storage does with an upload in large blocks.
    /// The blob is replaced at once, when every block is written, and left as it was if writing fails.
    /// </summary>
    public async Task UploadAsync(BlockBlobClient blob, string contentType, Func<string, string?> place, CancellationToken cancellationToken)
    {
        await using var content = Read(place);
        var upload = await blob.OpenWriteAsync(true, new BlockBlobOpenWriteOptions
        {
            BufferSize = UploadBlockBytes,
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType, ContentEncoding = SynthesisOutputs.Gzip },
        }, cancellationToken);
        await using (var gzip = new GZipStream(upload, CompressionLevel.Fastest, leaveOpen: true))
        {
            await content.CopyToAsync(gzip, cancellationToken);
        }

        // Disposing the upload commits its blocks, so it is disposed only once all are written.
        await upload.DisposeAsync();
    }

    public void Dispose() => file.Dispose();

    /// <summary>Reads the given ranges of the file one after the other; the file is local, so reading it synchronously is cheap.</summary>
    private sealed class PartsStream(FileStream file, IEnumerator<(long Offset, int Length)> ranges) : Stream
    {
        private (long Offset, int Length) range;
        private int within;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(Span<byte> buffer)
        {
            // The ranges are found lazily, reading the file where runs are merged, so the position is set before every read.
            while (within == range.Length)
            {
                if (!ranges.MoveNext())
                {
                    return 0;
                }

                (range, within) = (ranges.Current, 0);
            }

            file.Position = range.Offset + within;
            var read = file.Read(buffer[..Math.Min(buffer.Length, range.Length - within)]);
            within += read;
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                ranges.Dispose();
            }

            base.Dispose(disposing);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
