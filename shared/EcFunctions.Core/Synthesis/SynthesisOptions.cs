using System.ComponentModel.DataAnnotations;

namespace EcFunctions.Synthesis;

/// <summary>How the synthesis protects respondents who did not consent to be named, and groups contributions (section <c>Synthesis</c>).</summary>
public sealed class SynthesisOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Synthesis";

    /// <summary>
    /// The fewest respondents who declined to be named that one attribution of the public report may
    /// stand for; below it the attribution is coarsened. 3 by default; 1 would name by elimination.
    /// </summary>
    [Range(2, 1000)]
    public int AnonymityThreshold { get; set; } = 3;

    /// <summary>
    /// The Secretary-General's group the technical and academic community is counted in, in the table by
    /// group and channel (<see cref="SecretaryGeneralGroups"/>); unset or empty (as app settings write it), it has a row of its own.
    /// </summary>
    [AllowedValues(null, SecretaryGeneralGroups.Governments, SecretaryGeneralGroups.InternationalOrganizations,
        SecretaryGeneralGroups.CivilSociety, SecretaryGeneralGroups.PrivateSector)]
    public string? FoldTechnicalAndAcademicCommunityInto { get; set => field = string.IsNullOrEmpty(value) ? null : value; }
}
