using Azure.Storage.Blobs.Specialized;

namespace EcFunctions.Synthesis;

/// <summary>
/// Writes <c>report.md</c> and <c>report.html</c>, and the body of <c>report.docx</c>, while the
/// responses stream past: free-text answers are buffered per question and per cell (a stakeholder
/// group's named respondents, or those of one group and region who declined to be named), a few hundred
/// kilobytes in all, then staged as runs of a temporary file for each (<see cref="StagedFile"/>), which
/// reads every set's quotes back in one order by their text, whichever run each was in. Which
/// attribution a cell falls under is known only once every respondent has been read, so the headings,
/// and the tables, are staged last and the parts put in their place as the files are uploaded.
/// </summary>
internal sealed class ReportWriter(
    BlockBlobClient markdownBlob, BlockBlobClient htmlBlob, IReadOnlyList<(string QuestionnaireId, string QuestionnaireTitle, FreeTextQuestion Question)> questions,
    ReportLanguage language) : IDisposable
{
    // Characters of Markdown pending, over all cells; the fullest cell is staged past it. The six languages
    // hold some 7 MB at this bound (the quotes, shared, in three forms, and each language's lines under them).
    private const int PendingAtMost = 256 * 1024;

    private readonly StagedFile markdown = new();
    private readonly StagedFile html = new();
    private readonly StagedFile word = new();
    private readonly WordBody wordBody = new(language);
    private readonly Dictionary<(string QuestionnaireId, string Path), int> questionIndex =
        questions.Select((question, index) => (question, index)).ToDictionary(entry => (entry.question.QuestionnaireId, entry.question.Question.Path), entry => entry.index);

    private readonly Dictionary<(int Question, int Cell), List<(FreeTextQuote Quote, AuthorLines Lines)>> pending = [];
    private readonly Dictionary<(int Question, int Cell), int> pendingLength = [];
    private int pendingTotal;
    private readonly Dictionary<(int Question, int Cell), int> answers = [];
    private readonly Dictionary<(string Group, string? Region, bool Named), int> cells = [];
    private readonly List<string> cellRespondents = [];
    private Func<string, string?> place = section => section;

    /// <summary>How many free-text answers were written.</summary>
    public int FreeTextAnswers => answers.Values.Sum();

    /// <summary>The lines naming <paramref name="author"/> under each of its quotations, in this report's language.</summary>
    public AuthorLines LinesOf(Contributor author, string answerLanguage)
    {
        var (name, languageName) = (author.Named ? author.DisplayName : language["freeText.notNamed"], language.LanguageName(answerLanguage));
        return new AuthorLines(
            $"\n— *{MarkdownTable.Cell(name)}* ({MarkdownTable.Cell(languageName)})\n\n", $"<p>— <em>{Escape(name)}</em> ({Escape(languageName)})</p>\n", WordBody.AuthorLine(name, languageName));
    }

    /// <summary>Adds one free-text answer to its question, under the lines (<see cref="LinesOf"/>) naming its language and, where it consented, its author.</summary>
    public void Add(string questionnaireId, string path, FreeTextQuote quote, AuthorLines lines, Contributor author)
    {
        var key = (questionIndex[(questionnaireId, path)], Cell(author));
        answers[key] = answers.GetValueOrDefault(key) + 1;
        (pending.TryGetValue(key, out var quotes) ? quotes : pending[key] = []).Add((quote, lines));
        var length = quote.Markdown.Length + lines.Markdown.Length;
        pendingLength[key] = pendingLength.GetValueOrDefault(key) + length;
        pendingTotal += length;
        if (pendingTotal >= PendingAtMost)
        {
            Flush(pendingLength.MaxBy(entry => entry.Value).Key);
        }
    }

    /// <summary>Stages what is pending, the headings and the tables, and uploads both files with every cell under its attribution, as the Word body will be.</summary>
    public async Task CompleteAsync(string title, string tables, Attributions attributions, IReadOnlyList<(string Id, string Title)> groups, CancellationToken cancellationToken)
    {
        foreach (var key in pending.Keys.ToList())
        {
            Flush(key);
        }

        StageAll("0-tables", tables);
        var placed = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var index = 0; index < questions.Count; index++)
        {
            var (_, questionnaireTitle, question) = questions[index];
            var total = answers.Where(entry => entry.Key.Question == index).Sum(entry => entry.Value);
            StageAll(Section(index, "0"),
                $"### {MarkdownTable.Cell(language.Title(question.Title))}\n\n*{MarkdownTable.Cell(language.Title(questionnaireTitle))}*, {language.Format("freeText.count", total)}\n\n");
            var headed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var ((group, _, _), cell) in cells.Where(entry => answers.ContainsKey((index, entry.Value))))
            {
                var attribution = attributions.Of(cellRespondents[cell]);
                placed[Section(index, $"c{cell:D4}")] = attribution.Withheld ? null : Section(index, $"{attribution.Key}-1");
                if (attribution.Key != Attributions.OthersKey && headed.Add(group))
                {
                    var groupTitle = groups.FirstOrDefault(entry => entry.Id == group).Title ?? group;
                    StageAll(Section(index, attribution.Key[..2]), $"#### {MarkdownTable.Cell(language.Title(groupTitle))}\n\n");
                }

                if (!attribution.Named && headed.Add(attribution.Key))
                {
                    var heading = attribution.Key == Attributions.OthersKey ? "####" : "#####";
                    var withheld = attribution.Withheld ? $"\n\n{language["freeText.withheld"]}\n\n" : "\n\n";
                    StageAll(Section(index, $"{attribution.Key}-0"), $"{heading} {MarkdownTable.Cell(language.Format("freeText.set", attribution.Label(language)))}{withheld}");
                }
            }
        }

        html.Stage("", $"<!DOCTYPE html>\n<html lang=\"{language.Code}\"{(language.Code == "ar" ? " dir=\"rtl\"" : "")}>\n<head>\n<meta charset=\"utf-8\">\n<title>{System.Net.WebUtility.HtmlEncode(title)}</title>\n" +
            "<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em}table{border-collapse:collapse}" +
            "td,th{border:1px solid #999;padding:.2em .5em}blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1em}</style>\n</head>\n<body>\n");
        html.Stage("9-tail", "</body>\n</html>\n");
        place = section => placed.TryGetValue(section, out var final) ? final : section;
        await markdown.UploadAsync(markdownBlob, "text/markdown; charset=utf-8", place, cancellationToken);
        await html.UploadAsync(htmlBlob, "text/html; charset=utf-8", place, cancellationToken);
    }

    /// <summary>Writes <c>report.docx</c> to <paramref name="output"/>, ordered as the report; after <see cref="CompleteAsync"/>.</summary>
    public void WriteWord(Stream output) => ReportDocument.Write(language, body =>
    {
        using var staged = word.Read(place);
        staged.CopyTo(body);
    }, output);

    public void Dispose()
    {
        markdown.Dispose();
        html.Dispose();
        word.Dispose();
    }

    private int Cell(Contributor author)
    {
        var key = (author.StakeholderGroup, author.Named ? null : author.Region, author.Named);
        if (!cells.TryGetValue(key, out var cell))
        {
            cell = cells[key] = cellRespondents.Count;
            cellRespondents.Add(author.RespondentId);
        }

        return cell;
    }

    /// <summary>Stages a cell's pending quotes as a run, each keyed by <see cref="FreeTextQuote.Order"/>.</summary>
    private void Flush((int Question, int Cell) key)
    {
        var quotes = pending[key];
        var section = Section(key.Question, $"c{key.Cell:D4}");
        markdown.StageRun(section, quotes.Select(entry => (entry.Quote.Order, entry.Quote.Markdown + entry.Lines.Markdown)));
        html.StageRun(section, quotes.Select(entry => (entry.Quote.Order, entry.Quote.Html + entry.Lines.Html)));
        word.StageRun(section, quotes.Select(entry => (entry.Quote.Order, entry.Quote.Word + entry.Lines.Word)));
        pending.Remove(key);
        pendingTotal -= pendingLength[key];
        pendingLength.Remove(key);
    }

    /// <summary>Text as HTML shows it literally; the rest of the page is UTF-8, so nothing else is encoded.</summary>
    private static string Escape(string text) => text.ReplaceLineEndings(" ").Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private void StageAll(string section, string text)
    {
        markdown.Stage(section, text);
        html.Stage(section, ReportHtml.FromMarkdown(text));
        word.Stage(section, wordBody.Xml(text));
    }

    private static string Section(int index, string part) => $"1-{index:D4}-{part}";
}

/// <summary>The lines under an author's quotations, naming it and the answer's language, as each output writes them.</summary>
internal sealed record AuthorLines(string Markdown, string Html, string Word);
