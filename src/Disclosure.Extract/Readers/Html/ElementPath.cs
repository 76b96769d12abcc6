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

    public ElementPath(IDocument document)
    {
        foreach (var e in document.All)
            if (!string.IsNullOrEmpty(e.Id))
                _idCounts[e.Id] = _idCounts.GetValueOrDefault(e.Id) + 1;
    }

    public string Of(IElement element)
    {
        if (_paths.TryGetValue(element, out var cached)) return cached;
        var steps = new List<string>();
        for (var e = element; e is not null; e = e.ParentElement)
        {
            var name = e.LocalName.ToLowerInvariant();
            if (name is "html") break;
            if (name is "body") { steps.Add("body"); break; }
            if (e.Id is { } id && SimpleIdentifier().IsMatch(id) && _idCounts.GetValueOrDefault(id) == 1)
            {
                steps.Add("#" + id);
                break;
            }
            steps.Add(Step(e, name));
        }
        steps.Reverse();
        var path = string.Join(" > ", steps);
        _paths[element] = path;
        return path;
    }

    private static string Step(IElement e, string name)
    {
        var step = new StringBuilder(name.Replace(":", "\\:"));
        var firstClass = e.ClassList.FirstOrDefault(c => SimpleIdentifier().IsMatch(c));
        if (firstClass is not null) step.Append('.').Append(firstClass);
        var parent = e.ParentElement;
        if (parent is null) return step.ToString();
        if (name is "tr" or "td" or "th")
        {
            // Rows and cells are counted among all siblings so the number matches what a reader counts by eye.
            var position = 1;
            foreach (var sibling in parent.Children)
            {
                if (ReferenceEquals(sibling, e)) break;
                position++;
            }
            step.Append(":nth-child(").Append(position).Append(')');
            return step.ToString();
        }
        var sameType = parent.Children.Where(c => c.LocalName == e.LocalName).ToList();
        if (sameType.Count > 1) step.Append(":nth-of-type(").Append(sameType.IndexOf(e) + 1).Append(')');
        return step.ToString();
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_\-]*$")]
    private static partial Regex SimpleIdentifier();
}
