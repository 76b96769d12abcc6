using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Text;

/// <summary>Reads the plain-text rendering of a report (template.md §5.1: a table cell per tab-led line).</summary>
public sealed partial class PlainTextReader : IDocumentReader
{
    private static readonly string[] Extensions = [".txt", ".text"];

    public SourceFormat Format => SourceFormat.Text;

    public bool CanRead(string fileName, ReadOnlySpan<byte> head) =>
        Extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);

    public TokenGrid Read(Stream content, string fileName)
    {
        var text = TextDecoding.Decode(content);
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var blocks = new TextLayout().Lay(lines);
        return new TokenGrid(SourceFormat.Text, null, blocks, ImmutableArray<ReaderNote>.Empty);
    }

    // Word-to-text converters leave bookmark markers ("[bookmark: _GoBack]") where the bookmark sat.
    [GeneratedRegex(@"^(\[bookmark:[^\]\n]*\])+")]
    private static partial Regex BookmarkArtefact();

    internal static string StripArtefacts(string text) => BookmarkArtefact().Replace(text, "");

    /// <summary>One table cell while its lines are being read.</summary>
    private sealed class PendingCell(string text, int line)
    {
        public string Text = text;
        public readonly int FirstLine = line;
        public int LastLine = line;

        public SourceSpan Source => new(Path: FirstLine == LastLine ? $"line {FirstLine}" : $"lines {FirstLine}-{LastLine}");
    }

    /// <summary>The line grammar of the rendering: rows of tab-led cell lines, paragraphs between tables.</summary>
    private sealed class TextLayout
    {
        private readonly List<Block> _blocks = new();
        private readonly List<List<PendingCell>> _rows = new();
        private List<PendingCell>? _row;
        private int _tableCount;

        public ImmutableArray<Block> Lay(IReadOnlyList<string> lines)
        {
            // True while the previous line was a cell line (or its continuation): the next plain line continues it.
            var afterCell = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var number = i + 1;
                var line = lines[i];
                if (line.StartsWith('\t'))
                {
                    _row ??= new List<PendingCell>();
                    _row.Add(new PendingCell(StripArtefacts(line[1..]), number));
                    afterCell = true;
                    continue;
                }

                line = StripArtefacts(line);
                if (line.Length == 0)
                {
                    // An empty line ends a row, never the table: rows are separated by one.
                    EndRow();
                    afterCell = false;
                }
                else if (afterCell)
                {
                    // A line break inside the cell: keep it visible in the raw text.
                    var cell = _row![^1];
                    if (!IsBlank(line)) cell.Text += "\n" + line;
                    cell.LastLine = number;
                }
                else if (IsBlank(line))
                {
                    // A whitespace-only line is an empty paragraph: it separates tables but says nothing.
                    EndTable();
                }
                else
                {
                    EndTable();
                    _blocks.Add(new ParagraphBlock(_blocks.Count, line, new SourceSpan(Path: $"line {number}")));
                }
            }
            EndTable();
            return _blocks.ToImmutableArray();
        }

        private void EndRow()
        {
            if (_row is { Count: > 0 }) _rows.Add(_row);
            _row = null;
        }

        private void EndTable()
        {
            EndRow();
            if (_rows.Count == 0) return;
            _blocks.Add(new TableBlock(_blocks.Count, BuildGrid(_rows, _tableCount++)));
            _rows.Clear();
        }

        /// <summary>
        /// The rendering drops spans: a merged-cell continuation is an empty cell and colspans vanish. A row shorter
        /// than the widest one is right-aligned, its first cell stretching over the missing columns, which puts
        /// value cells under their headers (label columns come first, values last).
        /// </summary>
        private static GridTable BuildGrid(List<List<PendingCell>> rows, int index)
        {
            var width = rows.Max(r => r.Count);
            var builder = new GridTableBuilder();
            foreach (var row in rows)
            {
                builder.StartRow();
                for (var c = 0; c < row.Count; c++)
                {
                    var span = c == 0 ? width - row.Count + 1 : 1;
                    builder.AddCell(row[c].Text, span, 1, row[c].Source);
                }
            }
            return builder.Build(index);
        }
    }

    private static bool IsBlank(string text) =>
        text.All(ch => char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF');
}

/// <summary>Decodes a text file: UTF-8 (BOM optional) or UTF-16 with BOM, else GB18030 as Chinese offices save it.</summary>
internal static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
            throw new DocumentReadException(ReadErrorCodes.EmptyFile, "the file is empty (0 bytes)");

        var span = bytes.AsSpan();
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return Strict(new UTF8Encoding(false, true), bytes, 3);
        if (span.StartsWith(new byte[] { 0xFF, 0xFE })) return Strict(new UnicodeEncoding(false, false, true), bytes, 2);
        if (span.StartsWith(new byte[] { 0xFE, 0xFF })) return Strict(new UnicodeEncoding(true, false, true), bytes, 2);
        if (span.IndexOf((byte)0) >= 0)
            throw new DocumentReadException(ReadErrorCodes.UnsupportedFormat,
                "not a plain-text file: it contains binary data (NUL bytes)");
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Strict(Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes, 0);
        }
    }

    private static string Strict(Encoding encoding, byte[] bytes, int offset)
    {
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentReadException(ReadErrorCodes.CorruptFile,
                $"the text is neither valid UTF-8 nor GB18030 ({encoding.WebName}: {ex.Message})", ex);
        }
    }
}
