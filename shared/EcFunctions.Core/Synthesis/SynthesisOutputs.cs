using System.IO.Compression;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using EcFunctions.Storage;

namespace EcFunctions.Synthesis;

/// <summary>Where a cycle's synthesis outputs live in <see cref="StorageNames.SynthesisContainer"/>.</summary>
public sealed class SynthesisOutputs(BlobServiceClient blobs)
{
    /// <summary>The <c>Content-Encoding</c> of the outputs stored gzip-compressed.</summary>
    public const string Gzip = "gzip";

    private BlobContainerClient Container => blobs.GetBlobContainerClient(StorageNames.SynthesisContainer);

    /// <summary>The blob of one output of a cycle.</summary>
    public BlobClient Blob(string cycleId, string name) => Container.GetBlobClient($"{cycleId}/{name}");

    /// <summary>The same blob, to be uploaded in blocks.</summary>
    public BlockBlobClient BlockBlob(string cycleId, string name) => Container.GetBlockBlobClient($"{cycleId}/{name}");

    /// <summary>Whether every output of the cycle exists.</summary>
    public async Task<bool> AllExistAsync(string cycleId, IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        foreach (var name in names)
        {
            if (!await Blob(cycleId, name).ExistsAsync(cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Opens an output for reading, as it was written (stored compressed or not), or null when it does not exist.</summary>
    public async Task<Stream?> OpenIfExistsAsync(string cycleId, string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = (await Blob(cycleId, name).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
            return download.Details.ContentEncoding == Gzip ? new GZipStream(download.Content, CompressionMode.Decompress) : download.Content;
        }
        catch (RequestFailedException missing) when (missing.Status == 404)
        {
            return null;
        }
    }
}
