using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Synthesis;

public sealed class StagedFileTests
{
    [Fact]
    public void ReadsSectionsInOrderWithEachSectionsPartsAsStaged()
    {
        using var file = new StagedFile();
        file.Stage("b", "b1 ");
        file.Stage("a", "a1 ");
        file.Stage("b", "b2 ");
        file.Stage("a", "a2 ");

        Assert.Equal("a1 a2 b1 b2 ", Text(file, section => section));
    }

    [Fact]
    public void MergesEveryRunOfASectionIntoOneOrderByKeyWhateverRunEachEntryCameIn()
    {
        // Staged as they came, a set's quotes would stand in respondent order; runs staged apart must still interleave.
        using var file = new StagedFile();
        file.Stage("set", "heading ");
        file.StageRun("set", [(30, "c "), (10, "a ")]);
        file.StageRun("set", [(20, "b "), (40, "d ")]);
        file.StageRun("then", [(5, "after ")]);

        Assert.Equal("heading a b c d after ", Text(file, section => section));
    }

    [Fact]
    public void MergesTheRunsOfSectionsPlacedTogetherAndLeavesOutThosePlacedNowhere()
    {
        using var file = new StagedFile();
        file.StageRun("africa", [(2, "two "), (4, "four ")]);
        file.StageRun("asia", [(1, "one "), (3, "three ")]);
        file.StageRun("withheld", [(0, "secret ")]);

        Assert.Equal("one two three four ", Text(file, section => section == "withheld" ? null : "pool"));
    }

    private static string Text(StagedFile file, Func<string, string?> place)
    {
        using var reader = new StreamReader(file.Read(place));
        return reader.ReadToEnd();
    }
}
