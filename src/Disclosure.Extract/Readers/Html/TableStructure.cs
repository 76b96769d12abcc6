using AngleSharp.Dom;

namespace Disclosure.Extract.Readers.Html;

/// <summary>The rows and cells that belong to one &lt;table&gt; itself, never to a table nested in it.</summary>
internal static class TableStructure
{
    /// <summary>Own rows in rendering order: header group first, footer group last, as browsers draw them.</summary>
    public static IEnumerable<IElement> Rows(IElement table)
    {
        var head = new List<IElement>();
        var body = new List<IElement>();
        var foot = new List<IElement>();
        foreach (var child in table.Children)
        {
            switch (child.LocalName)
            {
                case "tr": body.Add(child); break;
                case "thead": head.AddRange(child.Children.Where(IsRow)); break;
                case "tbody": body.AddRange(child.Children.Where(IsRow)); break;
                case "tfoot": foot.AddRange(child.Children.Where(IsRow)); break;
            }
        }
        return head.Concat(body).Concat(foot);
    }

    /// <summary>This row and the rows after it in the same row group.</summary>
    public static int RowsLeftInGroup(IElement row)
    {
        var count = 1;
        for (var next = row.NextElementSibling; next is not null; next = next.NextElementSibling)
            if (IsRow(next)) count++;
        return count;
    }

    public static IEnumerable<IElement> Cells(IElement row) => row.Children.Where(IsCell);

    public static IElement? Caption(IElement table) => table.Children.FirstOrDefault(c => c.LocalName == "caption");

    public static bool IsTablePart(IElement e) =>
        e.LocalName is "table" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th" or "caption" or "colgroup" or "col";

    public static bool IsCell(IElement e) => e.LocalName is "td" or "th";

    private static bool IsRow(IElement e) => e.LocalName == "tr";

    /// <summary>A span attribute as a browser reads it: digits only, 0 allowed for rowspan, capped like the spec.</summary>
    public static int Span(IElement cell, string attribute, int max)
    {
        var raw = cell.GetAttribute(attribute);
        if (string.IsNullOrWhiteSpace(raw)) return 1;
        var digits = new string(raw.Trim().TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0 || !int.TryParse(digits, out var value)) return 1;
        return Math.Min(value, max);
    }
}
