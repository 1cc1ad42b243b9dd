using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>
/// Opens Office files for real: LibreOffice (Debian's <c>libreoffice-writer-nogui</c> and
/// <c>libreoffice-calc-nogui</c>, which <c>.ci/run</c> installs) converts them headless, each run with
/// a profile of its own so parallel runs never share one; <c>pdftotext</c> (poppler-utils) reads PDFs.
/// </summary>
public static class OfficeFiles
{
    /// <summary>
    /// Converts <paramref name="file"/> with <c>soffice --convert-to <paramref name="format"/></c> into a
    /// new folder beside it, and returns the files it wrote.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ConvertAsync(string file, string format)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(file)!, $"converted-{Guid.NewGuid():N}")).FullName;
        var profile = Directory.CreateTempSubdirectory("ec-soffice-profile-").FullName;
        try
        {
            var (exitCode, output, errors) = await RunAsync("soffice",
                $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--norestore", "--convert-to", format, "--outdir", folder, file);
            var written = Directory.GetFiles(folder);
            Assert.True(exitCode == 0 && written.Length > 0, $"soffice failed ({exitCode}): {output} {errors}");
            return written;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>The text of a PDF, laid out as on the page, so a table's row stays on one line.</summary>
    public static async Task<string> PdfTextAsync(string pdf)
    {
        var (exitCode, output, errors) = await RunAsync("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");
        Assert.True(exitCode == 0, $"pdftotext failed ({exitCode}): {errors}");
        return output;
    }

    /// <summary>What the Open XML SDK's validator finds wrong with a package, one line each.</summary>
    public static IReadOnlyList<string> ValidationErrors(OpenXmlPackage package) =>
        [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")];

    /// <summary>
    /// Writes <paramref name="bytes"/> to a file named <paramref name="name"/> in a new temporary folder, which
    /// <see cref="Delete"/> removes with what was converted from it.
    /// </summary>
    public static string Save(byte[] bytes, string name)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("ec-download-").FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Removes a file <see cref="Save"/> wrote and its folder.</summary>
    public static void Delete(string file) => Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
