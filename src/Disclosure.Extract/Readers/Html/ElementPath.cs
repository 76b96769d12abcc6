using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Disclosure.Extract.Readers.Html;

/// <summary>
/// A CSS selector that finds one element again (e.g. <c>body > div.article > table:nth-of-type(2) > tbody >
/// tr:nth-child(5) > td:nth-child(3)</c>): what an auditor pastes into the browser console to see a value's source.
/// </summary>
internal sealed partial class ElementPath
{
    private readonly Dictionary<string, int> _idCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<IElement, string> _paths = new();
    // Position of each element among its siblings: computed once per parent, since pages have long sibling runs.
    private readonly Dictionary<IElement, (int Child, int OfType, int TypeCount)> _positions = new();

    public ElementPath(IDocument document)
    {
        foreach (var e in document.All)
            if (!string.IsNullOrEmpty(e.Id))
                _idCounts[e.Id] = _idCounts.GetValueOrDefault(e.Id) + 1;
    }

    public string Of(IElement element)
    {
        if (_paths.TryGetValue(element, out var cached)) return cached;
        var name = element.LocalName.ToLowerInvariant();
        string path;
        if (name is "body" or "html" || element.ParentElement is null) path = name;
        else if (element.Id is { } id && SimpleIdentifier().IsMatch(id) && _idCounts.GetValueOrDefault(id) == 1)
            path = "#" + id; // a unique id anchors the path: shorter, and stable when the chrome around it changes
        else
        {
            var parent = element.ParentElement;
            var prefix = parent.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase) ? "" : Of(parent) + " > ";
            path = prefix + Step(element, name);
        }
        _paths[element] = path;
        return path;
    }

    private string Step(IElement e, string name)
    {
        var step = new StringBuilder(name.Replace(":", "\\:"));
        var firstClass = e.ClassList.FirstOrDefault(c => SimpleIdentifier().IsMatch(c));
        if (firstClass is not null) step.Append('.').Append(firstClass);
        var position = Position(e);
        // Rows and cells are counted among all siblings so the number matches what a reader counts by eye.
        if (name is "tr" or "td" or "th") step.Append(":nth-child(").Append(position.Child).Append(')');
        else if (position.TypeCount > 1) step.Append(":nth-of-type(").Append(position.OfType).Append(')');
        return step.ToString();
    }

    private (int Child, int OfType, int TypeCount) Position(IElement e)
    {
        if (_positions.TryGetValue(e, out var known)) return known;
        var siblings = e.ParentElement!.Children.ToList();
        var counts = siblings.GroupBy(s => s.LocalName).ToDictionary(g => g.Key, g => g.Count());
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < siblings.Count; i++)
        {
            var s = siblings[i];
            var ofType = seen[s.LocalName] = seen.GetValueOrDefault(s.LocalName) + 1;
            _positions[s] = (i + 1, ofType, counts[s.LocalName]);
        }
        return _positions[e];
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_\-]*$")]
    private static partial Regex SimpleIdentifier();
}
