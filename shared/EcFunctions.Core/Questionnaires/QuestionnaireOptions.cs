using System.ComponentModel.DataAnnotations;

namespace EcFunctions.Questionnaires;

/// <summary>Where the published questionnaires are read from (section <c>Questionnaires</c>).</summary>
public sealed class QuestionnaireOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Questionnaires";

    /// <summary>
    /// The folder holding <c>&lt;id&gt;/&lt;version&gt;.schema.json</c>, relative to the app's folder
    /// unless absolute. The build copies the bundled questionnaires beside the app, which is the default.
    /// </summary>
    [Required]
    public string RootPath { get; set; } = "questionnaires";

    /// <summary><see cref="RootPath"/> as an absolute path.</summary>
    public string FullRootPath => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, RootPath));
}
