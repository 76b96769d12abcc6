using System.Globalization;
using System.Text;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>One labelled label string with its context: what the classifier learns from and is scored on.</summary>
/// <param name="Parent">The enclosing group label as printed, when the label sits under one.</param>
/// <param name="Position">0-based order among the table's rows (or columns), when known.</param>
/// <param name="Key">The canonical key, or <see cref="LabelKeySpace.None"/>.</param>
/// <param name="Source">Where the example comes from: template, alias, spec, realworld, generated, handwritten, negative.</param>
public sealed record LabelExample(
    StatisticsTable Table, LabelAxis Axis, string Text, string? Parent, int? Position, string Key, string Source)
{
    public LabelQuery Query => new(Table, Axis, Text, Parent, Position);
}

/// <summary>
/// Reads and writes <see cref="LabelExample"/> lists as tab-separated text, one example a line, with \n, \t and \\
/// escaped so that labels with line breaks (wrapped PDF and Word cells) survive. Lines starting with # are comments.
/// </summary>
public static class LabelExampleFile
{
    private const string HeaderLine = "table\taxis\tparent\tposition\ttext\tkey\tsource";

    public static IReadOnlyList<LabelExample> Read(string path)
    {
        var list = new List<LabelExample>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line == HeaderLine) continue;
            var f = line.Split('\t');
            if (f.Length < 6)
                throw new FormatException($"{path}:{lineNumber}: expected at least 6 tab-separated fields, found {f.Length}");
            if (!Enum.TryParse<StatisticsTable>(f[0], out var table) || !Enum.TryParse<LabelAxis>(f[1], out var axis))
                throw new FormatException($"{path}:{lineNumber}: unknown table or axis '{f[0]}' / '{f[1]}'");
            var key = f[5];
            if (key != LabelKeySpace.None && !LabelKeySpace.KeysFor(table, axis).Contains(key))
                throw new FormatException($"{path}:{lineNumber}: key '{key}' does not exist for {table}/{axis}");
            list.Add(new LabelExample(table, axis, Unescape(f[4]), f[2].Length == 0 ? null : Unescape(f[2]),
                int.TryParse(f[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : null,
                key, f.Length > 6 ? f[6] : "file"));
        }
        return list;
    }

    public static void Write(string path, IEnumerable<LabelExample> examples, string? comment = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var sb = new StringBuilder();
        if (comment is not null)
            foreach (var line in comment.Split('\n')) sb.Append("# ").Append(line).Append('\n');
        sb.Append(HeaderLine).Append('\n');
        foreach (var e in examples)
            sb.Append(CultureInfo.InvariantCulture,
                $"{e.Table}\t{e.Axis}\t{Escape(e.Parent ?? "")}\t{e.Position?.ToString(CultureInfo.InvariantCulture) ?? ""}\t{Escape(e.Text)}\t{e.Key}\t{e.Source}\n");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\r", "\\r").Replace("\n", "\\n");

    private static string Unescape(string s)
    {
        if (!s.Contains('\\')) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 == s.Length) { sb.Append(s[i]); continue; }
            var next = s[++i];
            sb.Append(next switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => next });
        }
        return sb.ToString();
    }
}
