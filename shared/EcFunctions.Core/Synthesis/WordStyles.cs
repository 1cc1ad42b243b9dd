using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EcFunctions.Synthesis;

/// <summary>
/// The report's Word styles, defined once: headings, numbered paragraphs as in a United Nations report
/// (the body's paragraphs numbered 1, 2, 3... in the margin), quotations, table captions and a bordered
/// table with a repeated header row. Every paragraph and table of the document refers to one of these.
/// </summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Numbered = "NumberedParagraph";
    public const string Plain = "Normal";
    public const string Quote = "Quote";
    public const string Caption = "Caption";
    public const string Table = "ReportTable";

    /// <summary>The numbering the numbered paragraphs follow.</summary>
    public const int ParagraphNumbering = 1;

    /// <summary>The style of a heading of Markdown level <paramref name="level"/> (2 to 6); the document's title is level 1.</summary>
    public static string Heading(int level) => $"Heading{Math.Clamp(level - 1, 1, 5)}";

    public static Styles Styles(string languageCode)
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                new FontSize { Val = "20" }, new Languages { Val = languageCode, Bidi = languageCode == "ar" ? "ar-SA" : null })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(Paragraph(Plain, "Normal", null, null));
        styles.Append(Paragraph(Title, "Title", Plain, new StyleParagraphProperties(new SpacingBetweenLines { Before = "2400", After = "480" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "34" })));
        styles.Append(Paragraph(Subtitle, "Subtitle", Plain, null, new StyleRunProperties(new FontSize { Val = "24" })));
        for (var level = 1; level <= 5; level++)
        {
            styles.Append(Paragraph($"Heading{level}", $"heading {level}", Plain,
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "120" },
                    new Justification { Val = JustificationValues.Left }, new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(level > 2 ? [new Bold(), new Italic(), new FontSize { Val = "20" }] : [new Bold(), new FontSize { Val = level == 1 ? "24" : "20" }])));
        }

        styles.Append(Paragraph(Numbered, "Numbered paragraph", Plain,
            new StyleParagraphProperties(
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = ParagraphNumbering }), new Justification { Val = JustificationValues.Both })));
        styles.Append(Paragraph(Quote, "Quote", Plain, new StyleParagraphProperties(new Indentation { Left = "1134", Right = "567" }),
            new StyleRunProperties(new FontSize { Val = "18" })));
        styles.Append(Paragraph(Caption, "caption", Plain, new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "60" }),
            new StyleRunProperties(new Bold())));
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        styles.Append(new Style(new StyleName { Val = "Report table" }, new BasedOn { Val = "TableNormal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new FontSize { Val = "18" }),
            new StyleTableProperties(border, new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })),
            new TableStyleProperties(new RunPropertiesBaseStyle(new Bold())) { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = Table });
        styles.Append(new Style(new StyleName { Val = "Normal Table" }, new StyleTableProperties(new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        return styles;
    }

    /// <summary>Paragraphs numbered 1., 2., 3. with a hanging indent, as a United Nations report's.</summary>
    public static Numbering Numbering() => new(
        new AbstractNum(new Level(
            new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "567" }))
        { LevelIndex = 0 })
        { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = ParagraphNumbering });

    private static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = id == Plain ? true : null };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
