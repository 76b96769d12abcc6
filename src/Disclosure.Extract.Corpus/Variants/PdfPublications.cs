using Disclosure.Extract.Corpus.Rendering;
using Disclosure.Extract.Corpus.Specs;
using Disclosure.Extract.Corpus.Writers;

namespace Disclosure.Extract.Corpus.Variants;

/// <summary>
/// How a report's Word file is prepared before LibreOffice prints it to PDF: a long narrative before table 三 (so the
/// table runs over a page break), a narrow label column (row labels wrap over several lines), the
/// 三、本年度办理结果 column written top to bottom, and numbers in a large font.
/// </summary>
public sealed record PdfPrint(bool LongNarrativeBeforeApplications = false, bool NarrowLabels = false, bool VerticalResultsLabel = false, bool LargeNumbers = false)
{
    public string Describe()
    {
        var parts = new List<string>();
        if (LongNarrativeBeforeApplications) parts.Add("a long narrative before table 三, so that the table continues on the next page (header rows repeated)");
        if (NarrowLabels) parts.Add("narrow label columns in table 三, so that row labels wrap over two or three lines");
        if (VerticalResultsLabel) parts.Add("三、本年度办理结果 written top to bottom (w:textDirection tbRlV)");
        if (LargeNumbers) parts.Add("value cells in a 16 pt font");
        return parts.Count == 0
            ? "PDF: the Word file printed by LibreOffice as it is."
            : "PDF: the Word file printed by LibreOffice with " + string.Join("; ", parts) + ".";
    }
}

/// <summary>One report printed to PDF: the spec as printed (a long narrative adds placeholder paragraphs), the print options.</summary>
public sealed record PdfPublication(ReportSpec Spec, PdfPrint Print)
{
    public ReportDocument Layout()
    {
        var document = ReportLayout.Build(Spec);
        if (!Print.NarrowLabels) return document;
        int[] narrow = [480, 640, 1560, 760, 760, 760, 760, 760, 760, 760];
        return document with
        {
            Blocks = document.Blocks.Select(b => b is ReportTable { Kind: ReportTableKind.Applications } t ? t with { ColumnWidths = narrow } : b).ToList(),
        };
    }

    public DocxPrintOptions WordOptions => new(Print.VerticalResultsLabel, Print.LargeNumbers ? "32" : null);
}

/// <summary>
/// The reports of the corpus that are also printed to PDF: the five seed rebuilds and variants covering both layouts,
/// split tables, line-broken labels, extra rows, placeholders and broken identities, each with one or more of the hard
/// layouts real PDFs show.
/// </summary>
public static class PdfPublications
{
    private static readonly Dictionary<string, PdfPrint> Selection = new()
    {
        ["seed000"] = new(),
        ["seed001"] = new(VerticalResultsLabel: true),
        ["seed002"] = new(),
        ["seed003"] = new(LargeNumbers: true),
        ["seed004"] = new(NarrowLabels: true),
        ["gen01-baseline-2019"] = new(LongNarrativeBeforeApplications: true),
        ["gen02-baseline-2021"] = new(NarrowLabels: true, VerticalResultsLabel: true),
        ["gen03-single-other-row-2021"] = new(LargeNumbers: true),
        ["gen04-line-break-labels"] = new(),
        ["gen05-stray-spaces"] = new(NarrowLabels: true),
        ["gen13-zeros-left-blank"] = new(LongNarrativeBeforeApplications: true),
        ["gen15-placeholders"] = new(LargeNumbers: true),
        ["gen17-double-zero-full-width"] = new(LargeNumbers: true, VerticalResultsLabel: true),
        ["gen20-extra-local-rows"] = new(LongNarrativeBeforeApplications: true, NarrowLabels: true),
        ["gen21-violates-balance"] = new(VerticalResultsLabel: true),
        ["gen24-violates-review-sum"] = new(),
        ["gen25-split-tables-2021"] = new(LongNarrativeBeforeApplications: true),
        ["gen26-split-tables-2019"] = new(),
        ["gen27-split-mid-group"] = new(NarrowLabels: true, VerticalResultsLabel: true),
        ["perturbed01-2019"] = new(),
        ["perturbed06-2021"] = new(),
    };

    // Placeholder narrative without digits or ordinals, so it can neither look like a heading nor quote a number.
    private const string Narrative =
        "本机关坚持以公开为常态、不公开为例外，严格按照条例规定的时限和程序受理、办理政府信息公开申请，"
        + "对申请内容进行认真研判，依法作出答复，并做好告知和释明工作，切实保障申请人的合法权益。（语料占位文字）";

    public static IReadOnlyList<PdfPublication> For(IReadOnlyList<ReportSpec> specs) =>
        specs.Where(s => Selection.ContainsKey(s.Id)).Select(s =>
        {
            var print = Selection[s.Id];
            var spec = s;
            if (print.LongNarrativeBeforeApplications)
            {
                var sections = spec.Sections.ToList();
                var index = sections.FindIndex(x => x.Number == 3);
                var section = index >= 0 ? sections[index] : new SectionSpec { Number = 3 };
                section = section with { Paragraphs = [.. section.Paragraphs, .. Enumerable.Repeat(ParagraphSpec.Body(Narrative), 9)] };
                if (index >= 0) sections[index] = section; else sections.Add(section);
                spec = spec with { Sections = sections };
            }
            return new PdfPublication(spec with { Notes = [.. spec.Notes, print.Describe()] }, print);
        }).ToList();
}
