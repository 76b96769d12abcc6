using System.Text;
using Disclosure.Extract.Corpus.Rendering;

namespace Disclosure.Extract.Corpus.Writers;

/// <summary>
/// Prints a report in the plain-text rendering of the seed files (template.md §5.1): one line per paragraph; in a
/// table one '\t'-led line per Word cell (a merged continuation cell is an empty cell, a gridSpan cell is written
/// once), a line break inside a cell as a new line without tab, a blank line after each row and after each table.
/// </summary>
public static class TextReportWriter
{
    public const string GoBackMarker = "[bookmark: _GoBack]";

    public static string Render(ReportDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportParagraph p:
                    if (p.Spec.GoBackBookmark) sb.Append(GoBackMarker);
                    sb.Append(p.Spec.Text).Append('\n');
                    break;
                case ReportTable t:
                    foreach (var row in t.Rows)
                    {
                        foreach (var cell in row.Cells)
                            sb.Append('\t').Append(cell.Text).Append('\n');
                        sb.Append('\n');
                    }
                    sb.Append('\n');
                    break;
            }
        }
        return sb.ToString();
    }

    public static byte[] ToBytes(ReportDocument document) => new UTF8Encoding(false).GetBytes(Render(document));
}
