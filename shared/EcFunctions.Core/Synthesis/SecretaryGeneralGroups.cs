namespace EcFunctions.Synthesis;

/// <summary>
/// The groups of the Secretary-General's reports on enhanced cooperation (A/66/77: Governments,
/// international organizations, civil society, private sector), and how the project's stakeholder groups
/// map to them. The technical and academic community, which those reports fold into civil society, is
/// shown separately by default; <see cref="SynthesisOptions.FoldTechnicalAndAcademicCommunityInto"/> folds it.
/// </summary>
public static class SecretaryGeneralGroups
{
    /// <summary>Governments.</summary>
    public const string Governments = "governments";

    /// <summary>International organizations.</summary>
    public const string InternationalOrganizations = "international-organizations";

    /// <summary>Civil society.</summary>
    public const string CivilSociety = "civil-society";

    /// <summary>Private sector.</summary>
    public const string PrivateSector = "private-sector";

    /// <summary>The technical and academic community, where it is shown separately.</summary>
    public const string TechnicalAndAcademicCommunity = "technical-and-academic-community";

    /// <summary>Every group a row of the table may stand for, in the order of the Secretary-General's table.</summary>
    public static readonly IReadOnlyList<string> All =
        [Governments, InternationalOrganizations, CivilSociety, PrivateSector, TechnicalAndAcademicCommunity];

    /// <summary>The rows of the table: <see cref="All"/> less the technical and academic community when it is folded.</summary>
    public static IReadOnlyList<string> Rows(string? foldTechnicalInto) =>
        foldTechnicalInto is null ? All : [.. All.Where(group => group != TechnicalAndAcademicCommunity)];

    /// <summary>The Secretary-General's group of a stakeholder group of the shared vocabulary.</summary>
    public static string Of(string stakeholderGroup, string? foldTechnicalInto) => stakeholderGroup switch
    {
        "governments" => Governments,
        "intergovernmental-and-international-organisations" => InternationalOrganizations,
        "civil-society" => CivilSociety,
        "private-sector" => PrivateSector,
        "technical-and-academic-community" => foldTechnicalInto ?? TechnicalAndAcademicCommunity,
        _ => throw new InvalidDataException($"Stakeholder group '{stakeholderGroup}' has no Secretary-General's group."),
    };
}
