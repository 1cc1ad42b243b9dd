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
internal sealed class StagedFile : IDisposable
{
    // One block in flight per upload, so memory holds a block, not the output.
    private const int UploadBlockBytes = 256 * 1024;

    private readonly FileStream file = new(
        Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);

    private readonly List<(string Section, int Order, long Offset, int Length)> parts = [];

    /// <summary>Writes <paramref name="text"/> as the next part of <paramref name="section"/>.</summary>
    public void Stage(string section, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        parts.Add((section, parts.Count, file.Position, bytes.Length));
        file.Write(bytes);
    }

    /// <summary>
    /// The parts, after the last is staged, ordered by section (ordinal) and then by staging order, each
    /// section first moved where <paramref name="place"/> puts it; a section it places nowhere (null) is left out.
    /// </summary>
    public Stream Read(Func<string, string?> place) => new PartsStream(file,
        [.. parts.Select(part => (Section: place(part.Section), part.Order, part.Offset, part.Length))
            .Where(part => part.Section is not null)
            .OrderBy(part => part.Section, StringComparer.Ordinal).ThenBy(part => part.Order)
            .Select(part => (part.Offset, part.Length))]);

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
    private sealed class PartsStream(FileStream file, IReadOnlyList<(long Offset, int Length)> parts) : Stream
    {
        private int index;
        private int within;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(Span<byte> buffer)
        {
            for (; index < parts.Count; index++, within = 0)
            {
                var (offset, length) = parts[index];
                if (within < length)
                {
                    file.Position = offset + within;
                    var read = file.Read(buffer[..Math.Min(buffer.Length, length - within)]);
                    within += read;
                    return read;
                }
            }

            return 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

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
