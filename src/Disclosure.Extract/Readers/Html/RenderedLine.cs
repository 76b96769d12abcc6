using System.Text;

namespace Disclosure.Extract.Readers.Html;

/// <summary>
/// One line of text as a browser renders it: runs of ASCII whitespace from the markup (newlines and indentation
/// included) collapse to one space, none at the start or end; NBSP and U+3000 are text and stay.
/// </summary>
internal sealed class RenderedLine
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;

    public bool IsEmpty => _text.Length == 0;

    public void Append(string source)
    {
        foreach (var c in source)
        {
            if (IsCollapsible(c))
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }
            if (_pendingSpace) _text.Append(' ');
            _pendingSpace = false;
            _text.Append(c);
        }
    }

    /// <summary>Returns the line (trailing collapsible space dropped) and starts a new one.</summary>
    public string Take()
    {
        var line = _text.ToString();
        _text.Clear();
        _pendingSpace = false;
        return line;
    }

    /// <summary>The whitespace HTML collapses: space, tab, LF, FF, CR — not NBSP, not the ideographic space.</summary>
    public static bool IsCollapsible(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>Collapses and trims a whole string as one line.</summary>
    public static string Collapse(string source)
    {
        var line = new RenderedLine();
        line.Append(source);
        return line.Take();
    }
}
