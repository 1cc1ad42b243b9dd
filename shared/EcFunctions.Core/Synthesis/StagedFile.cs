using System.Text;

namespace EcFunctions.Synthesis;

/// <summary>
/// A <see cref="StagedBlob"/> kept in a temporary file rather than in storage: parts are written as they
/// are produced, under a section key, and copied out at the end in the order the blob's commit gives
/// them, so a part of a package (the Word body) can be built beside the blobs it mirrors without sitting in memory.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly FileStream file = new(
        Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);

    private readonly List<(string Section, int Order, (long Offset, int Length) Part)> parts = [];

    public void Stage(string section, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        parts.Add((section, parts.Count, (file.Position, bytes.Length)));
        file.Write(bytes);
    }

    /// <summary>Copies the parts to <paramref name="output"/> as <see cref="StagedBlob.CommitAsync(Func{string, string?}, CancellationToken)"/> orders and places them.</summary>
    public void CopyTo(Stream output, Func<string, string?> place)
    {
        var end = file.Position;
        var buffer = new byte[64 * 1024];
        foreach (var (offset, length) in StagedBlob.CommitOrder(parts, place))
        {
            file.Position = offset;
            for (var left = length; left > 0;)
            {
                var read = file.Read(buffer, 0, Math.Min(buffer.Length, left));
                output.Write(buffer, 0, read);
                left -= read;
            }
        }

        file.Position = end;
    }

    public void Dispose() => file.Dispose();
}
