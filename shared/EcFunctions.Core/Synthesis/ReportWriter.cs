using System.Text;
using Azure.Storage.Blobs.Specialized;

namespace EcFunctions.Synthesis;

/// <summary>
/// Writes <c>report.md</c> and <c>report.html</c> while the responses stream past: free-text answers
/// are buffered per question only up to a small size, then staged as blocks of both blobs; the
/// tables, known only at the end, are staged last but committed first.
/// </summary>
internal sealed class ReportWriter(BlockBlobClient markdownBlob, BlockBlobClient htmlBlob, IReadOnlyList<(string QuestionnaireId, string QuestionnaireTitle, FreeTextQuestion Question)> questions)
{
    private const int FlushAt = 64 * 1024;

    private readonly StagedBlob markdown = new(markdownBlob, "text/markdown; charset=utf-8");
    private readonly StagedBlob html = new(htmlBlob, "text/html; charset=utf-8");
    private readonly Dictionary<int, StringBuilder> pending = [];
    private readonly Dictionary<int, int> answers = [];

    /// <summary>How many free-text answers were written.</summary>
    public int FreeTextAnswers => answers.Values.Sum();

    /// <summary>Adds one free-text answer to its question, with its attribution.</summary>
    public async Task AddAsync(string questionnaireId, string path, string text, string attribution, CancellationToken cancellationToken)
    {
        var index = Index(questionnaireId, path);
        answers[index] = answers.GetValueOrDefault(index) + 1;
        var buffer = pending.TryGetValue(index, out var existing) ? existing : pending[index] = new StringBuilder();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            buffer.Append("> ").Append(line.Replace("<", "&lt;", StringComparison.Ordinal)).Append('\n');
        }

        buffer.Append("\n— *").Append(MarkdownTable.Cell(attribution)).Append("*\n\n");
        if (buffer.Length >= FlushAt)
        {
            await FlushAsync(index, cancellationToken);
        }
    }

    /// <summary>Stages what is pending, the headings and the tables, and commits both blobs.</summary>
    public async Task CompleteAsync(string title, string tables, CancellationToken cancellationToken)
    {
        foreach (var index in pending.Keys.ToList())
        {
            await FlushAsync(index, cancellationToken);
        }

        await StageBothAsync("0-tables", tables, cancellationToken);
        for (var index = 0; index < questions.Count; index++)
        {
            var (_, questionnaireTitle, question) = questions[index];
            var heading = $"### {MarkdownTable.Cell(question.Title)}\n\n*{MarkdownTable.Cell(questionnaireTitle)}*, " +
                $"{answers.GetValueOrDefault(index)} answer(s).\n\n";
            await StageBothAsync(Section(index, "0"), heading, cancellationToken);
        }

        await html.StageAsync("", $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{System.Net.WebUtility.HtmlEncode(title)}</title>\n" +
            "<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em}table{border-collapse:collapse}" +
            "td,th{border:1px solid #999;padding:.2em .5em}blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1em}</style>\n</head>\n<body>\n", cancellationToken);
        await html.StageAsync("9-tail", "</body>\n</html>\n", cancellationToken);
        await markdown.CommitAsync(cancellationToken);
        await html.CommitAsync(cancellationToken);
    }

    private async Task FlushAsync(int index, CancellationToken cancellationToken)
    {
        await StageBothAsync(Section(index, "1"), pending[index].ToString(), cancellationToken);
        pending.Remove(index);
    }

    private async Task StageBothAsync(string section, string text, CancellationToken cancellationToken)
    {
        await markdown.StageAsync(section, text, cancellationToken);
        await html.StageAsync(section, ReportHtml.FromMarkdown(text), cancellationToken);
    }

    private int Index(string questionnaireId, string path)
    {
        for (var index = 0; index < questions.Count; index++)
        {
            if (questions[index].QuestionnaireId == questionnaireId && questions[index].Question.Path == path)
            {
                return index;
            }
        }

        throw new ArgumentException($"No free-text question {path} in {questionnaireId}.", nameof(path));
    }

    private static string Section(int index, string part) => $"1-{index:D4}-{part}";
}
