using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>
/// report.docx and responses.xlsx, as the secretariat downloads them, open in LibreOffice and hold
/// what synthesis.json and the answers hold; the Open XML SDK's validator finds nothing wrong in them.
/// </summary>
[Collection(SharedApi.Name)]
public sealed partial class OfficeOutputsTests(ApiFixture api)
{
    private const string SecondMechanism = "Regional dialogue; with a semicolon, as free text may have";

    [Fact]
    public async Task ReportDocxHoldsEveryTableOfTheSynthesisAndOpensInLibreOffice()
    {
        var (secretariat, cycle) = await SynthesisedAsync();
        using var _ = secretariat;
        var synthesis = JsonNode.Parse(await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/synthesis.json"))!;
        var docx = OfficeFiles.Save(await secretariat.GetByteArrayAsync($"/api/cycles/{cycle}/synthesis/report.docx"), "report.docx");
        using var cleanup = new Cleanup(docx);

        using (var document = WordprocessingDocument.Open(docx, false))
        {
            Assert.True(OfficeFiles.ValidationErrors(document) is [], string.Join('\n', OfficeFiles.ValidationErrors(document)));
            var body = document.MainDocumentPart!.Document!.Body!;
            var tables = body.Elements<Table>().Select(table => table.Elements<TableRow>()
                .Select(row => row.Elements<TableCell>().Select(cell => cell.InnerText).ToList()).ToList()).ToList();
            var expected = ExpectedTables(synthesis);
            Assert.Equal(expected.Count, tables.Count);
            for (var index = 0; index < expected.Count; index++)
            {
                var (label, rows) = expected[index];
                Assert.True(rows.Count == tables[index].Count - 1, $"{label}: {rows.Count} rows expected, {tables[index].Count - 1} found");
                for (var row = 0; row < rows.Count; row++)
                {
                    foreach (var (column, value) in rows[row])
                    {
                        Assert.True(value == tables[index][row + 1][column], $"{label}, row {row + 1}, column {column}: '{value}' expected, '{tables[index][row + 1][column]}' found");
                    }
                }

                var caption = body.Elements<Table>().ElementAt(index).PreviousSibling<Paragraph>()!;
                Assert.Equal("Caption", caption.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
                Assert.StartsWith($"Table {index + 1}. ", caption.InnerText, StringComparison.Ordinal);
            }

            Assert.All(body.Elements<Table>(), table => Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
        }

        var pdf = (await OfficeFiles.ConvertAsync(docx, "pdf")).Single();
        var text = await OfficeFiles.PdfTextAsync(pdf);
        foreach (var row in synthesis["contributions"]!.AsArray())
        {
            Assert.Matches(Figures((int)row!["memberStates"]!, (int)row["organisations"]!, (int)row["otherStakeholders"]!, (int)row["total"]!), text);
        }

        Assert.Matches(@"Total[ \t]+" + Figures(
            synthesis["contributions"]!.AsArray().Sum(row => (int)row!["memberStates"]!), synthesis["contributions"]!.AsArray().Sum(row => (int)row!["organisations"]!),
            synthesis["contributions"]!.AsArray().Sum(row => (int)row!["otherStakeholders"]!), (int)synthesis["responses"]!), text);
        foreach (var rate in synthesis["responseRate"]!.AsArray())
        {
            Assert.Matches(Figures((int)rate!["registered"]!, (int)rate["responded"]!), text);
        }
    }

    [Fact]
    public async Task ReportDocxQuotesWhatTheMarkdownReportQuotesInItsOrderEachUnderItsAuthor()
    {
        var (secretariat, cycle) = await SynthesisedAsync();
        using var _ = secretariat;
        var markdown = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/report.md");
        using var document = WordprocessingDocument.Open(new MemoryStream(await secretariat.GetByteArrayAsync($"/api/cycles/{cycle}/synthesis/report.docx")), false);

        // A quotation and the line under it, as one item each; whitespace left out, as a soft line break in a quotation becomes a space in Word.
        var expected = markdown.Split("\n\n").Select(block => block.Trim('\n'))
            .Where(block => block.StartsWith('>') || block.StartsWith("— ", StringComparison.Ordinal))
            .Select(block => Compact(string.Concat(block.Split('\n').Select(line => line.TrimStart('>')))
                .Replace("&lt;", "<", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal)))
            .ToList();
        var found = new List<string>();
        var quoting = false;
        foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>())
        {
            var isQuote = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Quote";
            if (isQuote && quoting)
            {
                found[^1] += Compact(paragraph.InnerText);
            }
            else if (isQuote || paragraph.InnerText.StartsWith("— ", StringComparison.Ordinal))
            {
                found.Add(Compact(paragraph.InnerText));
            }

            quoting = isQuote;
        }

        Assert.True(expected.Count(item => item.StartsWith('—')) >= Answers.Length, $"only {expected.Count} quotations and author lines in report.md");
        Assert.Equal(expected, found);

        static string Compact(string text) => string.Concat(text.Where(character => !char.IsWhiteSpace(character)));
    }

    [Fact]
    public async Task ResponsesXlsxColumnsAreAsWideAsTheirHeadingsWithinBounds()
    {
        var (secretariat, cycle) = await SynthesisedAsync();
        using var _ = secretariat;
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await secretariat.GetByteArrayAsync($"/api/cycles/{cycle}/synthesis/responses.xlsx")), false);

        foreach (var sheet in workbook.WorkbookPart!.WorksheetParts.Select(part => part.Worksheet!))
        {
            var headings = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().First()
                .Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(cell => cell.InnerText).ToList();
            var widths = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>().Select(column => column.Width!.Value).ToList();
            Assert.Equal(headings.Count, widths.Count);
            Assert.All(headings.Zip(widths), pair => Assert.InRange(pair.Second, Math.Min(pair.First.Length, 58) + 2, 60));
        }
    }

    [Fact]
    public async Task ResponsesXlsxOpensInLibreOfficeWithEveryAnswer()
    {
        var (secretariat, cycle) = await SynthesisedAsync();
        using var _ = secretariat;
        var xlsx = OfficeFiles.Save(await secretariat.GetByteArrayAsync($"/api/cycles/{cycle}/synthesis/responses.xlsx"), "responses.xlsx");
        using var cleanup = new Cleanup(xlsx);
        using (var workbook = SpreadsheetDocument.Open(xlsx, false))
        {
            Assert.True(OfficeFiles.ValidationErrors(workbook) is [], string.Join('\n', OfficeFiles.ValidationErrors(workbook)));
        }

        // Every sheet, each to its own CSV file named after it (the last option, -1).
        var sheets = (await OfficeFiles.ConvertAsync(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"))
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file)["responses-".Length..], Csv);
        var columns = sheets["Columns"].Skip(1).ToList();
        var answers = Answers.ToDictionary(answer => answer.Respondent, answer => answer.Answer);
        var checkedCells = 0;
        foreach (var (sheet, rows) in sheets.Where(sheet => sheet.Key != "Columns"))
        {
            var described = columns.Where(column => column[0] == sheet).ToList();
            Assert.Equal(described.Select(column => column[2]), rows[0]);
            Assert.True(rows.Count > 1, $"sheet {sheet} is empty");
            foreach (var row in rows.Skip(1))
            {
                // A list's sheet has the item (1, or 1.2 within a list's first item) in its second column.
                var item = described.TakeWhile(column => column[3].Length == 0).Count() == 2 ? row[1].Split('.').Select(int.Parse).ToList() : [];
                for (var column = 0; column < described.Count; column++)
                {
                    if (described[column][3].Length > 0)
                    {
                        Assert.Equal(Expected(answers[row[0]], described[column][3], item, described[column][4]), column < row.Count ? row[column] : "");
                        checkedCells++;
                    }
                }
            }
        }

        Assert.True(checkedCells > 40, $"only {checkedCells} cells checked");
        var mechanisms = sheets.Single(sheet => sheet.Value[0].Contains("Mechanisms used: Name")).Value;
        Assert.Contains(mechanisms, row => row[0] == "BRA" && row[1] == "2" && row.Contains(SecondMechanism));

        var lists = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/responses-lists.csv");
        Assert.Contains($"BRA,ec-member-state,answers.mechanismsUsed,2,name,\"{SecondMechanism}\"", lists, StringComparison.Ordinal);
        Assert.Contains("BRA,ec-member-state,answers.mechanismsUsed,2,participants,civil-society", lists, StringComparison.Ordinal);
        Assert.Contains("BRA,ec-member-state,answers.mechanismsUsed.examples,1.1,summary,", lists, StringComparison.Ordinal);
        var csv = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/responses.csv");
        Assert.DoesNotContain("answers.mechanismsUsed", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(SecondMechanism, csv, StringComparison.Ordinal);
    }

    private static readonly (string Respondent, string Questionnaire, JsonObject Answer)[] Answers =
    [
        ("BRA", "ec-member-state", Changed(Samples.ValidAnswer("ec-member-state"), answer =>
        {
            answer["answers"]!["mechanismsUsed"]!.AsArray().Add(new JsonObject { ["name"] = SecondMechanism, ["participants"] = new JsonArray("civil-society") });
        })),
        ("KEN", "ec-member-state", Changed(Samples.ValidAnswer("ec-member-state"), answer =>
        {
            answer["respondent"]!["name"] = "Republic of Kenya";
            answer["answers"]!["issuesNotAddressed"] = new JsonArray();
            answer["answers"]!["position"]!["choice"] = "build-on-existing-mechanisms";
        })),
        ("itu", "ec-organisation", Samples.ValidAnswer("ec-organisation")),
        ("apc", "ec-stakeholder", Samples.ValidAnswer("ec-stakeholder")),
    ];

    private async Task<(HttpClient Secretariat, string Cycle)> SynthesisedAsync()
    {
        var cycle = await api.OpenCycleAsync();
        var secretariat = api.CreateSecretariatClient();
        foreach (var (respondent, _, answer) in Answers)
        {
            (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/{respondent}", Json(answer))).EnsureSuccessStatusCode();
        }

        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        return (secretariat, cycle);
    }

    /// <summary>The figures each Word table must hold, by column, in the order the report gives its tables.</summary>
    private static List<(string Label, List<Dictionary<int, string>> Rows)> ExpectedTables(JsonNode synthesis)
    {
        var contributions = synthesis["contributions"]!.AsArray();
        List<(string, List<Dictionary<int, string>>)> tables =
        [
            ("contributions", [.. contributions.Select(row => Cells(row!["title"]!, row["memberStates"]!, row["organisations"]!, row["otherStakeholders"]!, row["total"]!)),
                Cells("Total", contributions.Sum(row => (int)row!["memberStates"]!), contributions.Sum(row => (int)row!["organisations"]!),
                    contributions.Sum(row => (int)row!["otherStakeholders"]!), (int)synthesis["responses"]!)]),
            ("regions", [.. synthesis["regions"]!.AsArray().Select(row => Cells(null, row!["memberStates"]!, row["organisations"]!, row["otherStakeholders"]!, row["total"]!))]),
            ("rate", [.. synthesis["responseRate"]!.AsArray().Select(row => Cells(null, row!["registered"]!, row["responded"]!))]),
            ("issues", [.. synthesis["issueOrganisations"]!.AsArray().Select(row => Cells(row!["title"]!))]),
            ("gaps", [.. synthesis["gaps"]!["issues"]!.AsArray().Select(row => Cells(row!["rank"]!, row["title"]!))]),
        ];
        foreach (var question in synthesis["breakdowns"]!.AsArray())
        {
            var slices = question!["dimensions"]!.AsArray().SelectMany(dimension => dimension!["slices"]!.AsArray()).ToList();
            if (slices.Count > 0)
            {
                tables.Add(($"breakdown of {question["path"]}", [.. slices.Select(slice => new Dictionary<int, string>
                {
                    [2] = $"{slice!["answered"]}",
                    [3] = $"{slice["counts"]![0]!["count"]} ({((double)slice["counts"]![0]!["share"]! * 100).ToString("0.#", CultureInfo.InvariantCulture)}%)",
                })]));
            }
        }

        foreach (var question in synthesis["positions"]!.AsArray().Concat(synthesis["questions"]!.AsArray()))
        {
            tables.Add(((string)question!["path"]!, [.. question["tallies"]!.AsArray().Select(tally =>
                Cells(tally!["title"]!, [tally["total"]!, .. tally["byStakeholderGroup"]!.AsObject().Select(group => group.Value!)]))]));
        }

        var channels = synthesis["channels"]!;
        tables.Add(("channels", [.. channels["groups"]!.AsArray().Append(channels["total"]).Select(row =>
            Cells(null, row!["questionnaire"]!, row["written"]!, row["oral"]!, row["informal"]!, row["total"]!))]));
        return tables;
    }

    private static Dictionary<int, string> Cells(object? first, params object[] figures)
    {
        var cells = new Dictionary<int, string>();
        if (first is not null)
        {
            cells[0] = $"{first}";
        }

        for (var index = 0; index < figures.Length; index++)
        {
            cells[index + 1] = $"{figures[index]}";
        }

        return cells;
    }

    /// <summary>A row's figures in order, on one line of the PDF's text, each a whole number.</summary>
    private static string Figures(params int[] figures) => @"(?<!\S)" + string.Join(@"[ \t]+", figures) + @"(?!\S)";

    /// <summary>What a cell holds for <paramref name="field"/> of <paramref name="answer"/>, in the item <paramref name="item"/> of the lists on the way.</summary>
    private static string Expected(JsonNode answer, string field, List<int> item, string choice)
    {
        JsonNode? node = answer;
        var index = 0;
        foreach (var segment in field.Split('.'))
        {
            while (node is JsonArray list && index < item.Count)
            {
                node = list[item[index++] - 1];
            }

            node = node?[segment];
        }

        while (node is JsonArray list && index < item.Count)
        {
            node = list[item[index++] - 1];
        }

        return node switch
        {
            null => "",
            JsonArray chosen when choice.Length > 0 => chosen.Any(value => (string?)value == choice) ? "1" : "0",
            JsonValue value when value.GetValueKind() == JsonValueKind.String => (string)value!,
            _ => node.ToJsonString(),
        };
    }

    private sealed class Cleanup(string file) : IDisposable
    {
        public void Dispose() => OfficeFiles.Delete(file);
    }

    private static JsonObject Changed(JsonObject answer, Action<JsonObject> change)
    {
        change(answer);
        return answer;
    }

    private static List<List<string>> Csv(string file)
    {
        using var reader = CsvHelper.CsvReader.FromText(File.ReadAllText(file), new CsvHelper.CsvReaderOptions { HasHeader = false });
        var rows = new List<List<string>>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(index => reader.GetString(index))]);
        }

        return rows;
    }
}
