using Disclosure.Extract.Grid;
using UglyToad.PdfPig.Content;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>
/// One letter of a page, with its position in page space (for cell assignment) and in its own reading frame:
/// U runs along the writing direction, V across it (larger V = earlier line), so rotated text reads like
/// horizontal text. A space glyph has Text " ".
/// </summary>
internal sealed record PdfGlyph(
    int Page, string Text, double U0, double U1, double V, double Size, double CentreX, double CentreY, BoundingBox Box, string Font,
    bool Upright = true)
{
    public bool IsSpace => Text == " ";

    public static PdfGlyph? From(Letter letter, int page)
    {
        var text = letter.Value;
        if (string.IsNullOrEmpty(text)) return null;
        // Space glyphs are kept as hints for word breaks; their geometry never drives layout.
        if (string.IsNullOrWhiteSpace(text)) text = " ";
        var size = letter.PointSize > 0.5 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
        var start = letter.StartBaseLine;
        var end = letter.EndBaseLine;
        var dx = end.X - start.X;
        var dy = end.Y - start.Y;
        var length = Math.Sqrt(dx * dx + dy * dy);
        // A zero-advance glyph gives no direction: take the page's horizontal.
        var (ux, uy) = length > 1e-6 ? (dx / length, dy / length) : (1.0, 0.0);
        // Diagonal text is a watermark or stamp, never table or body text; it would only pollute cells.
        if (Math.Abs(ux) > 0.05 && Math.Abs(uy) > 0.05) return null;
        // "Up" for the glyph is the writing direction turned a quarter counter-clockwise.
        var (vx, vy) = (-uy, ux);
        var u0 = start.X * ux + start.Y * uy;
        var u1 = length > 1e-6 ? end.X * ux + end.Y * uy : u0 + Math.Max(letter.BoundingBox.Width, size * 0.5);
        var v = start.X * vx + start.Y * vy;

        var rect = letter.BoundingBox;
        BoundingBox box;
        double cx, cy;
        var upright = Math.Abs(uy) < 1e-3 && ux > 0;
        if (upright)
        {
            // Horizontal text: the advance box is steadier than glyph outlines (punctuation sits in a corner).
            box = new BoundingBox(start.X, start.Y - 0.2 * size, Math.Max(end.X, start.X + 0.1), start.Y + 0.8 * size);
            cx = (start.X + Math.Max(end.X, start.X + 0.1)) / 2;
            cy = start.Y + 0.3 * size;
        }
        else
        {
            box = new BoundingBox(Math.Min(rect.Left, rect.Right), Math.Min(rect.Bottom, rect.Top),
                Math.Max(rect.Left, rect.Right), Math.Max(rect.Bottom, rect.Top));
            cx = (box.Left + box.Right) / 2;
            cy = (box.Bottom + box.Top) / 2;
        }
        return new PdfGlyph(page, text, u0, u1, v, size, cx, cy, box, letter.FontName ?? "", upright);
    }
}
