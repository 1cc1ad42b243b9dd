using System.Text.Json;
using EcFunctions.Questionnaires;
using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Synthesis;

/// <summary>How the answers are cut into tables: lists whose items hold several fields get tables of their own, keyed by item.</summary>
public sealed class ResponseTablesTests
{
    private static readonly Task<QuestionnaireCatalogue> Catalogue =
        QuestionnaireCatalogue.LoadAsync(Path.Combine(AppContext.BaseDirectory, "questionnaires"));

    [Fact]
    public async Task GivesListsOfMechanismsAndTheirExamplesTablesOfTheirOwn()
    {
        var tables = await TablesAsync("ec-member-state");

        Assert.Equal([null, "answers.mechanismsUsed", "answers.mechanismsUsed.examples", "attachments"], tables.Select(table => table.ListPath));
        Assert.DoesNotContain(tables[0].Columns, column => column.Path.StartsWith("answers.mechanismsUsed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GivesAMultiSelectAColumnPerChoiceTitled()
    {
        var tables = await TablesAsync("ec-member-state");

        var consulted = tables[0].Columns.Where(column => column.Path == "answers.nationalConsultations.groupsConsulted").ToList();
        Assert.Equal(5, consulted.Count);
        Assert.Contains(consulted, column => column is { Choice: "civil-society", ChoiceTitle: "Civil society" });
    }

    [Fact]
    public async Task KeepsTheFieldsOfOneItemInOneRowAndCountsChoicesAsOneOrZero()
    {
        var mechanisms = (await TablesAsync("ec-member-state"))[1];
        using var answer = JsonDocument.Parse("""
            {"answers": {"mechanismsUsed": [
              {"name": "IGF", "participants": ["governments"]},
              {"name": "A; B", "participants": []},
              {"name": "WSIS Forum"}
            ]}}
            """);

        var rows = mechanisms.Rows(answer.RootElement).ToList();

        var name = Index(mechanisms, "name", null);
        var governments = Index(mechanisms, "participants", "governments");
        Assert.Equal(["1", "2", "3"], rows.Select(row => row.Item));
        Assert.Equal(["IGF", "A; B", "WSIS Forum"], rows.Select(row => row.Cells[name]));
        Assert.Equal(["1", "0", ""], rows.Select(row => row.Cells[governments]));
    }

    private static int Index(ResponseTable table, string path, string? choice) =>
        table.Columns.ToList().FindIndex(column => column.Path == path && column.Choice == choice);

    private static async Task<IReadOnlyList<ResponseTable>> TablesAsync(string questionnaireId) =>
        ResponseTable.Of(questionnaireId, (await Catalogue).FindQuestionnaire(new QuestionnaireRef(questionnaireId, "1.1.0"))!);
}
