using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MathText = DocumentFormat.OpenXml.Math.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Disclosure.Extract.Readers.Docx;

/// <summary>
/// Reads a Word story (the body, a text box) into paragraphs and tables as the user sees them: revisions
/// accepted, field results instead of field codes, no text from comments, bookmarks or footnote marks.
/// </summary>
internal sealed class DocxBodyParser(DocxNumbering? numbering)
{
    private int _skippedAltChunks;

    private DocxNumbering? Numbering => numbering;

    /// <summary>Embedded foreign documents (w:altChunk) that were not read.</summary>
    public int SkippedAltChunks => _skippedAltChunks;

    public IReadOnlyList<DocxItem> Parse(Body body) => ParseBlocks(body, "/w:body", new FieldState());

    private List<DocxItem> ParseBlocks(OpenXmlElement container, string path, FieldState fields)
    {
        var items = new List<DocxItem>();
        foreach (var (child, childPath) in XmlPath.Children(container, path))
            AddBlock(child, childPath, fields, items);
        return items;
    }

    private void AddBlock(OpenXmlElement element, string path, FieldState fields, List<DocxItem> items)
    {
        switch (element)
        {
            case Paragraph paragraph:
                var floating = new List<DocxItem>();
                var text = new ParagraphTextReader(this, fields, floating).Read(paragraph, path);
                items.Add(new DocxParagraph(text, path));
                // Text boxes anchored in the paragraph follow it: that is where a reader meets them.
                items.AddRange(floating);
                break;
            case Table table:
                items.Add(ParseTable(table, path, fields));
                break;
            case SdtBlock sdt when ShowsPlaceholder(sdt.SdtProperties):
                break;
            case AltChunk:
                _skippedAltChunks++;
                break;
            case AlternateContent alternate:
                if (ChooseAlternative(alternate, path) is { } chosen)
                    foreach (var (child, childPath) in XmlPath.Children(chosen.Element, chosen.Path))
                        AddBlock(child, childPath, fields, items);
                break;
            case SectionProperties or DeletedRun or MoveFromRun:
                break;
            default:
                // Content controls, custom XML and other wrappers: their children are body content.
                if (element is OpenXmlCompositeElement && !IsProperties(element))
                    foreach (var (child, childPath) in XmlPath.Children(element, path))
                        AddBlock(child, childPath, fields, items);
                break;
        }
    }

    /// <summary>Parses a text box (w:txbxContent) as a story of its own.</summary>
    internal IReadOnlyList<DocxItem> ParseTextBox(TextBoxContent textBox, string path) =>
        ParseBlocks(textBox, path, new FieldState());

    private DocxTable ParseTable(Table table, string path, FieldState fields)
    {
        var rows = new List<DocxRow>();
        CollectRows(table, path, fields, rows);
        return new DocxTable(rows, path);
    }

    private void CollectRows(OpenXmlElement container, string path, FieldState fields, List<DocxRow> rows)
    {
        foreach (var (child, childPath) in XmlPath.Children(container, path))
        {
            switch (child)
            {
                case TableRow row:
                    if (!IsDeletedRow(row)) rows.Add(ParseRow(row, childPath, fields));
                    break;
                case SdtRow sdt when ShowsPlaceholder(sdt.SdtProperties):
                    // The rows stay (they hold grid positions); the prompt text in them is not content.
                    var first = rows.Count;
                    CollectRows(sdt, childPath, fields, rows);
                    for (var i = first; i < rows.Count; i++)
                        rows[i] = rows[i] with { Cells = rows[i].Cells.Select(c => c with { Content = [] }).ToList() };
                    break;
                default:
                    // w:sdt and w:customXml around rows.
                    if (child is OpenXmlCompositeElement && !IsProperties(child) && child is not TableGrid)
                        CollectRows(child, childPath, fields, rows);
                    break;
            }
        }
    }

    private DocxRow ParseRow(TableRow row, string path, FieldState fields)
    {
        var gridBefore = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        var cells = new List<DocxCell>();
        CollectCells(row, path, fields, cells);
        return new DocxRow(gridBefore, cells);
    }

    private void CollectCells(OpenXmlElement container, string path, FieldState fields, List<DocxCell> cells)
    {
        foreach (var (child, childPath) in XmlPath.Children(container, path))
        {
            switch (child)
            {
                case TableCell cell:
                    var parsed = ParseCell(cell, childPath, fields);
                    var hMerge = cell.TableCellProperties?.HorizontalMerge;
                    if (hMerge is not null && hMerge.Val?.Value != MergedCellValues.Restart && cells.Count > 0)
                    {
                        // Legacy w:hMerge="continue": the cell widens its left neighbour instead of standing alone.
                        var left = cells[^1];
                        cells[^1] = left with { GridSpan = left.GridSpan + parsed.GridSpan, Content = [.. left.Content, .. parsed.Content] };
                    }
                    else
                    {
                        cells.Add(parsed);
                    }
                    break;
                case SdtCell sdt when ShowsPlaceholder(sdt.SdtProperties):
                    var first = cells.Count;
                    CollectCells(sdt, childPath, fields, cells);
                    for (var i = first; i < cells.Count; i++) cells[i] = cells[i] with { Content = [] };
                    break;
                default:
                    // w:sdt and w:customXml around cells.
                    if (child is OpenXmlCompositeElement && !IsProperties(child))
                        CollectCells(child, childPath, fields, cells);
                    break;
            }
        }
    }

    private DocxCell ParseCell(TableCell cell, string path, FieldState fields)
    {
        var properties = cell.TableCellProperties;
        var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
        var merge = properties?.VerticalMerge switch
        {
            null => VerticalMerge.None,
            { Val: null } => VerticalMerge.Continue,
            var v when v.Val!.Value == MergedCellValues.Restart => VerticalMerge.Restart,
            _ => VerticalMerge.Continue,
        };
        return new DocxCell(span, merge, ParseBlocks(cell, path, fields), path);
    }

    /// <summary>
    /// mc:AlternateContent carries the same content several times (e.g. a DrawingML text box and its VML
    /// fallback): read exactly one of them, the first choice.
    /// </summary>
    internal static (OpenXmlElement Element, string Path)? ChooseAlternative(AlternateContent alternate, string path)
    {
        foreach (var (child, childPath) in XmlPath.Children(alternate, path))
            if (child is AlternateContentChoice or AlternateContentFallback)
                return (child, childPath);
        return null;
    }

    /// <summary>An unfilled content control shows its prompt ("click here to enter text"), not content.</summary>
    internal static bool ShowsPlaceholder(OpenXmlElement? sdtProperties) =>
        sdtProperties?.GetFirstChild<ShowingPlaceholder>() is { } shown && (shown.Val?.Value ?? true);

    private static bool IsDeletedRow(TableRow row) => row.TableRowProperties?.GetFirstChild<Deleted>() is not null;

    private static bool IsProperties(OpenXmlElement element) =>
        element.LocalName.EndsWith("Pr", StringComparison.Ordinal) || element.LocalName == "tblPrEx";

    /// <summary>Reads the visible text of one paragraph.</summary>
    private sealed class ParagraphTextReader(DocxBodyParser parser, FieldState fields, List<DocxItem> floating)
    {
        private readonly System.Text.StringBuilder _text = new();

        public string Read(Paragraph paragraph, string path)
        {
            // Counted before the content, which may hold text boxes with numbered paragraphs of their own.
            var number = parser.Numbering?.Next(paragraph);
            foreach (var (child, childPath) in XmlPath.Children(paragraph, path))
                Visit(child, childPath, hidden: false);
            fields.EndParagraph();
            var text = _text.ToString().Replace("\r\n", "\n").Replace('\r', '\n').Trim('\n');
            // An empty numbered paragraph shows a bare number; as content it would invent a value, so drop it.
            return number is null || text.Trim().Length == 0 ? text : number + text;
        }

        private void Visit(OpenXmlElement element, string path, bool hidden)
        {
            switch (element)
            {
                case ParagraphProperties or RunProperties:
                    return;
                // Deleted and moved-away text is gone from what the reader sees.
                case DeletedRun or MoveFromRun or DeletedText or DeletedFieldCode:
                    return;
                // Field instructions, comment and note marks carry no visible text of their own.
                case FieldCode or CommentReference or AnnotationReferenceMark or FootnoteReference
                    or EndnoteReference or FootnoteReferenceMark or EndnoteReferenceMark or SeparatorMark
                    or ContinuationSeparatorMark or LastRenderedPageBreak or SoftHyphen:
                    return;
                case SdtRun sdt when ShowsPlaceholder(sdt.SdtProperties):
                    return;
                case Run run:
                    var runHidden = hidden || IsHidden(run.RunProperties);
                    foreach (var (child, childPath) in XmlPath.Children(run, path))
                        Visit(child, childPath, runHidden);
                    return;
                case WordText text:
                    Append(text.Text, hidden);
                    return;
                case MathText math:
                    Append(math.Text, hidden);
                    return;
                case TabChar or PositionalTab:
                    Append("\t", hidden);
                    return;
                case Break or CarriageReturn:
                    Append("\n", hidden);
                    return;
                case NoBreakHyphen:
                    Append("-", hidden);
                    return;
                case SymbolChar symbol:
                    Append(SymbolText(symbol), hidden);
                    return;
                case FieldChar fieldChar:
                    fields.Apply(fieldChar);
                    return;
                case TextBoxContent textBox:
                    if (!hidden) floating.AddRange(parser.ParseTextBox(textBox, path));
                    return;
                case AlternateContent alternate:
                    if (ChooseAlternative(alternate, path) is { } chosen)
                        Visit(chosen.Element, chosen.Path, hidden);
                    return;
                case Ruby ruby:
                    // Read the base text, not the pronunciation guide above it.
                    if (ruby.GetFirstChild<RubyBase>() is { } rubyBase)
                        foreach (var (child, childPath) in XmlPath.Children(rubyBase, path + "/w:rubyBase[1]"))
                            Visit(child, childPath, hidden);
                    return;
                // Elements the SDK does not model (w:smartTag in a paragraph, for one) arrive as unknown elements
                // with unknown children: their w:t still is visible text.
                case OpenXmlUnknownElement { LocalName: "t" } unknownText
                    when unknownText.NamespaceUri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main":
                    Append(unknownText.InnerText, hidden);
                    return;
                case OpenXmlUnknownElement { LocalName: "tab" or "br" or "cr" } unknownBreak
                    when unknownBreak.NamespaceUri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main":
                    Append(unknownBreak.LocalName == "tab" ? "\t" : "\n", hidden);
                    return;
                case OpenXmlUnknownElement { LocalName: "delText" or "instrText" or "rPr" or "pPr" or "smartTagPr" }:
                    return;
                default:
                    // Hyperlinks, simple fields (their runs are the result), inserted runs, content controls,
                    // smart tags, drawings that may hold text boxes.
                    if (element is OpenXmlCompositeElement)
                        foreach (var (child, childPath) in XmlPath.Children(element, path))
                            Visit(child, childPath, hidden);
                    return;
            }
        }

        private void Append(string? text, bool hidden)
        {
            if (!hidden && fields.ShowsText && !string.IsNullOrEmpty(text)) _text.Append(text);
        }

        private static bool IsHidden(RunProperties? properties) =>
            properties?.Vanish is { } vanish && (vanish.Val?.Value ?? true);

        private static string? SymbolText(SymbolChar symbol)
        {
            if (symbol.Char?.Value is not { } hex
                || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code))
                return null;
            // F000-F0FF are glyph positions in a symbol font (Wingdings, Symbol), not Unicode characters.
            if (code is >= 0xF000 and <= 0xF0FF or <= 0 or > 0xFFFF) return null;
            return ((char)code).ToString();
        }
    }

    /// <summary>
    /// Complex field state (w:fldChar begin / separate / end), kept across paragraphs because fields may span
    /// them. Text shows only where every open field is in its result part.
    /// </summary>
    private sealed class FieldState
    {
        private readonly Stack<bool> _inResult = new();

        public bool ShowsText => _inResult.All(r => r);

        public void Apply(FieldChar fieldChar)
        {
            var type = fieldChar.FieldCharType?.Value;
            if (type == FieldCharValues.Begin)
            {
                _inResult.Push(false);
            }
            else if (type == FieldCharValues.Separate)
            {
                if (_inResult.Count > 0)
                {
                    _inResult.Pop();
                    _inResult.Push(true);
                }
            }
            else if (type == FieldCharValues.End)
            {
                if (_inResult.Count > 0) _inResult.Pop();
            }
        }

        /// <summary>
        /// Results may run over several paragraphs (a table of contents), instructions practically never do: a field
        /// still in its instruction at a paragraph end is broken, and must not hide the rest of the document.
        /// </summary>
        public void EndParagraph()
        {
            while (_inResult.Contains(false)) _inResult.Pop();
        }
    }
}

/// <summary>Builds auditor-readable XPath-like locations ("/w:body/w:tbl[2]/w:tr[5]/w:tc[3]", 1-based).</summary>
internal static class XmlPath
{
    public static IEnumerable<(OpenXmlElement Element, string Path)> Children(OpenXmlElement parent, string path)
    {
        Dictionary<string, int>? counts = null;
        foreach (var child in parent.ChildElements)
        {
            counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var name = string.IsNullOrEmpty(child.Prefix) ? child.LocalName : child.Prefix + ":" + child.LocalName;
            var n = counts.GetValueOrDefault(name) + 1;
            counts[name] = n;
            yield return (child, $"{path}/{name}[{n}]");
        }
    }
}
