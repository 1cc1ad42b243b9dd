using System.Collections;
using System.Text;
using EcFunctions.Responses;
using EcFunctions.Storage;

namespace EcFunctions.Synthesis;

/// <summary>
/// A cycle's submitted heads (<see cref="ResponseStore.ListSubmittedAsync"/>), listed once and kept in a
/// temporary file, not in memory: the fingerprint and then the compilation read them through, in
/// respondent order, and a synthesis of any number of responses holds none of them for long.
/// </summary>
public sealed class SubmittedHeadCollection : IReadOnlyCollection<ResponseEntity>, IDisposable
{
    private readonly string cycleId;

    // Shared for reading, so each enumeration reads with a position of its own.
    private readonly FileStream file = new(
        Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 64 * 1024, FileOptions.DeleteOnClose);

    private SubmittedHeadCollection(string cycleId) => this.cycleId = cycleId;

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <summary>Lists the submitted heads of <paramref name="cycleId"/> into a new file.</summary>
    public static async Task<SubmittedHeadCollection> ListAsync(ResponseStore responses, string cycleId, CancellationToken cancellationToken = default)
    {
        var listed = new SubmittedHeadCollection(cycleId);
        try
        {
            using (var writer = new BinaryWriter(listed.file, Encoding.UTF8, leaveOpen: true))
            {
                await foreach (var head in responses.ListSubmittedAsync(cycleId, cancellationToken))
                {
                    writer.Write(head.RespondentId);
                    writer.Write(head.QuestionnaireId);
                    writer.Write(head.QuestionnaireVersion);
                    writer.Write(head.Revision);
                    writer.Write(head.BlobName);
                    writer.Write(head.Sha256);
                    listed.Count++;
                }
            }

            return listed;
        }
        catch
        {
            listed.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public IEnumerator<ResponseEntity> GetEnumerator()
    {
        using var reader = new BinaryReader(
            new FileStream(file.Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024), Encoding.UTF8);
        for (var read = 0; read < Count; read++)
        {
            var respondentId = reader.ReadString();
            yield return new ResponseEntity
            {
                PartitionKey = cycleId, RowKey = ResponseEntity.HeadKey(respondentId), RespondentId = respondentId,
                QuestionnaireId = reader.ReadString(), QuestionnaireVersion = reader.ReadString(), Revision = reader.ReadInt32(),
                BlobName = reader.ReadString(), Sha256 = reader.ReadString(), State = ResponseState.Submitted,
            };
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Deletes the file.</summary>
    public void Dispose() => file.Dispose();
}
