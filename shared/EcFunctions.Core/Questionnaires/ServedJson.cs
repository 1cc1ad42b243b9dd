using System.Text.Encodings.Web;
using System.Text.Json;

namespace EcFunctions.Questionnaires;

/// <summary>How documents made from the published files are written.</summary>
internal static class ServedJson
{
    /// <summary>
    /// Indented like the files, and with every character as itself: the default escapes all but ASCII,
    /// which would make an Arabic or Chinese questionnaire unreadable to a person and six times longer.
    /// These documents are served as JSON, never inside HTML, so the relaxed escaping is safe.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
