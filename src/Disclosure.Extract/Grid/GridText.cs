using System.Globalization;
using System.Text;

namespace Disclosure.Extract.Grid;

/// <summary>Plain-text picture of a token grid (blocks, tables, cell positions, spans, texts) for seeing what a reader produced.</summary>
public static class GridText
{
    public static string Render(TokenGrid grid)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{grid.Format} pages={grid.PageCount?.ToString(CultureInfo.InvariantCulture) ?? "-"} blocks={grid.Blocks.Length}\n");
        foreach (var (key, value) in grid.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            sb.Append(CultureInfo.InvariantCulture, $"  property {key} = {value}\n");
        foreach (var note in grid.Notes)
            sb.Append(CultureInfo.InvariantCulture, $"  note {note.Code}: {note.Message}\n");
        foreach (var block in grid.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    sb.Append(CultureInfo.InvariantCulture, $"[{p.Index}] P {Where(p.Source)} {Escape(p.Text)}\n");
                    break;
                case TableBlock t:
                    var table = t.Table;
                    sb.Append(CultureInfo.InvariantCulture, $"[{t.Index}] TABLE {table.TableIndex} {table.RowCount}x{table.ColumnCount}\n");
                    foreach (var cell in table.Cells)
                    {
                        var span = cell.RowSpan > 1 || cell.ColSpan > 1 ? $" span {cell.RowSpan}x{cell.ColSpan}" : "";
                        sb.Append(CultureInfo.InvariantCulture, $"    r{cell.Row} c{cell.Col}{span} {Where(cell.Source)} | {Escape(cell.Text)}\n");
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    private static string Where(SourceSpan source)
    {
        var parts = new List<string>();
        if (source.Page is { } page) parts.Add(string.Create(CultureInfo.InvariantCulture, $"p{page}"));
        if (source.Box is { } b) parts.Add(string.Create(CultureInfo.InvariantCulture, $"({b.Left:F0},{b.Bottom:F0},{b.Right:F0},{b.Top:F0})"));
        if (source.Path is { } path) parts.Add(path);
        return parts.Count == 0 ? "-" : string.Join(' ', parts);
    }

    private static string Escape(string text) => text.Replace("\r", "").Replace("\n", "⏎");
}
