using EcFunctions.Attachments;

namespace EcFunctions.Tests.Unit.Attachments;

public sealed class AttachmentNamesTests
{
    private const string Pdf = "application/pdf";

    [Theory]
    [InlineData("Position paper 2026.pdf", "Position paper 2026.pdf")]
    [InlineData("../../x.pdf", "x.pdf")]
    [InlineData("..\\..\\windows\\x.pdf", "x.pdf")]
    [InlineData("\u202Efdp.exe", "fdp.exe.pdf")]
    [InlineData("a\u0000b\u2066c\u200Bd.pdf", "abcd.pdf")]
    [InlineData("..", "attachment.pdf")]
    [InlineData("   ", "attachment.pdf")]
    [InlineData(null, "attachment.pdf")]
    [InlineData(".hidden", "hidden.pdf")]
    [InlineData("Rapport final.PDF", "Rapport final.PDF")]
    [InlineData("Доклад 2026", "Доклад 2026.pdf")]
    [InlineData("报告.pdf", "报告.pdf")]
    public void KeepsOnlyAVisibleNameEndingInTheTypesExtension(string? given, string expected) =>
        Assert.Equal(expected, AttachmentNames.Safe(given, Pdf));

    [Fact]
    public void ShortensALongNameWithoutSplittingACharacter()
    {
        var name = AttachmentNames.Safe(new string('a', 194) + "👍👍👍.pdf", Pdf);

        Assert.True(name.Length <= 200, name);
        Assert.EndsWith("👍.pdf", name, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', name);
    }

    [Fact]
    public void NamesADocxByItsOwnExtension() =>
        Assert.Equal("notes.txt.docx", AttachmentNames.Safe("notes.txt", AttachmentTypes.Docx));
}
