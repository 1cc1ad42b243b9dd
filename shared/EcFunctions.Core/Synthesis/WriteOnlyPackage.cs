using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;

namespace EcFunctions.Synthesis;

/// <summary>
/// Writes an Office package whose large parts never sit in memory. The Open XML SDK can only build a
/// package it may also read, and such a package keeps every part it writes in memory until it is saved
/// (System.IO.Packaging's zip in update mode), so a report of 10,000 answers would sit whole in memory.
/// Here the SDK builds the package with the large parts left empty, in memory (styles, relationships,
/// content types: a few kilobytes); the large parts are written to temporary files meanwhile; then the
/// package is zipped to the output with each large part streamed in from its file.
/// </summary>
internal sealed class WriteOnlyPackage : IDisposable
{
    private readonly MemoryStream skeleton = new();
    private readonly Dictionary<string, FileStream> largeParts = new(StringComparer.Ordinal);

    /// <summary>The stream the SDK builds the package on, its large parts left empty.</summary>
    public Stream Skeleton => skeleton;

    /// <summary>
    /// Where <paramref name="part"/>'s content is written: a temporary file instead of the package, left
    /// open (do not dispose it) for <see cref="CopyTo"/>.
    /// </summary>
    public Stream Part(OpenXmlPart part)
    {
        var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        largeParts[part.Uri.OriginalString.TrimStart('/')] = file;
        return file;
    }

    /// <summary>Zips the package to <paramref name="output"/>, once the SDK's package on <see cref="Skeleton"/> is disposed.</summary>
    public void CopyTo(Stream output)
    {
        skeleton.Position = 0;
        using var source = new ZipArchive(skeleton, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            using var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
            if (largeParts.TryGetValue(entry.FullName, out var file))
            {
                file.Position = 0;
                file.CopyTo(copy);
            }
            else
            {
                using var content = entry.Open();
                content.CopyTo(copy);
            }
        }
    }

    public void Dispose()
    {
        skeleton.Dispose();
        foreach (var file in largeParts.Values)
        {
            file.Dispose();
        }
    }
}
