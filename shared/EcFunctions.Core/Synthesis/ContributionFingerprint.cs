using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcFunctions.Contributions;

namespace EcFunctions.Synthesis;

/// <summary>
/// The part of a synthesis's fingerprint the Secretary-General's table adds: a requested re-synthesis
/// must recompile after a contribution is registered, changed or removed, or the table regrouped.
/// </summary>
internal static class ContributionFingerprint
{
    /// <summary>
    /// Appends every registered contribution of the cycle, by id, and the folding of the technical and
    /// academic community where set. Nothing is appended for a cycle without either, so fingerprints
    /// taken before contributions existed still match and do not recompile every synthesis once.
    /// </summary>
    public static async Task AppendAsync(
        IncrementalHash hash, ContributionStore registered, string cycleId, string? foldTechnicalInto, CancellationToken cancellationToken)
    {
        foreach (var contribution in (await registered.ListAsync(cycleId, cancellationToken)).OrderBy(contribution => contribution.Id, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\n',
                "contribution", contribution.Id, contribution.Channel, contribution.Author, contribution.StakeholderGroup, contribution.Title ?? "",
                contribution.Language, contribution.Received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), contribution.Named ? "named" : "unnamed", "")));
        }

        if (foldTechnicalInto is not null)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"fold\n{foldTechnicalInto}\n"));
        }
    }
}
