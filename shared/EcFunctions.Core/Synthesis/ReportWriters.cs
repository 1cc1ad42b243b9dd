namespace EcFunctions.Synthesis;

/// <summary>The report writers of every language, disposed together: each keeps its Word body in a temporary file.</summary>
internal sealed class ReportWriters(IEnumerable<ReportWriter> writers) : List<ReportWriter>(writers), IDisposable
{
    public void Dispose()
    {
        foreach (var writer in this)
        {
            writer.Dispose();
        }
    }
}
