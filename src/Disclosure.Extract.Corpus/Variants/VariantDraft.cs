using System.Globalization;
using Disclosure.Extract.Corpus.Specs;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Corpus.Variants;

/// <summary>How chapter headings are numbered.</summary>
public enum HeadingNumbering { Chinese, Arabic, ArabicSpaced, ArabicDot }

/// <summary>
/// A report being put together by <see cref="VariantCorpus"/>: sampled numbers, the cell texts that print them, and
/// the presentation choices. Features change it; <see cref="ToSpec"/> freezes it into a <see cref="ReportSpec"/>.
/// </summary>
public sealed class VariantDraft
{
    private static readonly string[] ChineseNumerals = ["", "一", "二", "三", "四", "五", "六"];

    private static readonly string[] DefaultHeadings =
        ["", "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"];

    public VariantDraft(string id, SplitMix64 rng, string layout, int year, bool singleOtherRow, OrganizationScale scale, string organization)
    {
        Id = id;
        Rng = rng;
        Layout = layout;
        Year = year;
        SingleOtherRow = singleOtherRow && layout == "2021";
        Scale = scale;
        Organization = organization;
        Numbers = ValueSampler.Sample(rng, TemplateLayout, SingleOtherRow, scale);
        foreach (var key in Keys) Cells[key] = Format(Numbers[key]);
    }

    public string Id { get; }
    public SplitMix64 Rng { get; }
    public string Layout { get; }
    public int Year { get; }
    public bool SingleOtherRow { get; }
    public OrganizationScale Scale { get; }
    public string Organization { get; }
    public TemplateLayout TemplateLayout => Layout == "2021" ? TemplateLayout.Gov2021 : TemplateLayout.Gov2019;

    /// <summary>The numbers the report is about (what the narrative quotes).</summary>
    public Dictionary<string, decimal> Numbers { get; }
    /// <summary>The text printed in each value cell.</summary>
    public Dictionary<string, string> Cells { get; } = new();
    public Dictionary<string, string> Labels { get; } = new();
    public List<ExtraRowSpec> ExtraRows { get; } = [];
    public TableSplitSpec Split { get; set; } = new();
    public List<string> Notes { get; } = [];

    public HeadingNumbering Numbering { get; set; } = HeadingNumbering.Chinese;
    public HashSet<int> MissingHeadings { get; } = [];
    public Dictionary<int, string> HeadingWording { get; } = new();
    public bool NarrativeNumbers { get; set; }
    /// <summary>Added to the number of new applications quoted in the narrative (a narrative/table disagreement).</summary>
    public int NarrativeApplicationsOffset { get; set; }
    public bool TableIntroLine { get; set; }
    public bool NbspAfterTables { get; set; }
    public bool GoBackBookmark { get; set; }
    public int? TitlePattern { get; set; }

    public IReadOnlyList<string> Keys => TemplateCatalog.Fields(TemplateLayout, SingleOtherRow).Select(f => f.Key).ToList();

    /// <summary>The label text the layout prints unless overridden.</summary>
    public string DefaultLabel(string labelId) => LabelIds.Defaults(TemplateLayout, SingleOtherRow)[labelId];

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Changes a number and the cell that prints it.</summary>
    public void SetNumber(string key, decimal value)
    {
        Numbers[key] = value;
        Cells[key] = Format(value);
    }

    public ReportSpec ToSpec()
    {
        var titleText = (TitlePattern ?? Rng.Next(0, 5)) switch
        {
            0 => [$"{Organization}{Year}年政府信息公开工作年度报告"],
            1 => [$"{Organization}政府信息公开工作{Year}年度报告"],
            2 => [$"{Organization}{Year}年度政府信息公开工作年度报告"],
            3 => [$"{Year}年{Organization}政府信息公开工作年度报告"],
            4 => [$"{Organization}{Year}年", "政府信息公开工作年度报告"],
            _ => new[] { Organization, $"{Year}年政府信息公开工作年度报告" },
        };
        var title = titleText.Select((t, i) => new ParagraphSpec { Text = t, Role = ParagraphRole.Title, GoBackBookmark = GoBackBookmark && i == 0 }).ToList();
        var intro = new List<ParagraphSpec>
        {
            ParagraphSpec.Body($"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{Organization}编制。（语料占位文字）本报告所列数据的统计期限为{Year}年1月1日至{Year}年12月31日。"),
        };
        var sections = Enumerable.Range(1, 6).Select(Section).ToList();
        var day = Rng.Next(8, 28);
        var closing = new List<ParagraphSpec>
        {
            ParagraphSpec.Empty,
            new() { Text = Organization, Role = ParagraphRole.Signature },
            new() { Text = $"{Year + 1}年1月{day}日", Role = ParagraphRole.Signature },
        };
        var values = Keys.ToDictionary(k => k, k => Cells[k]);
        return new ReportSpec
        {
            Id = Id, Organization = Organization, Year = Year, Layout = Layout, SingleOtherRow = SingleOtherRow,
            Title = title, Intro = intro, Sections = sections, Values = values, DefaultCell = "0",
            Labels = Labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToDictionary(l => l.Key, l => l.Value),
            ExtraRows = ExtraRows, Split = Split, Closing = closing, Notes = [.. Notes, $"Publish date line: {Year + 1}年1月{day}日."],
        };
    }

    private string Heading(int number)
    {
        var words = HeadingWording.TryGetValue(number, out var w) ? w : DefaultHeadings[number];
        return Numbering switch
        {
            HeadingNumbering.Arabic => $"{number}、{words}",
            HeadingNumbering.ArabicSpaced => $"{number}、 {words}",
            HeadingNumbering.ArabicDot => $"{number}.{words}",
            _ => $"{ChineseNumerals[number]}、{words}",
        };
    }

    private SectionSpec Section(int number)
    {
        var paragraphs = new List<ParagraphSpec>();
        var after = new List<ParagraphSpec>();
        switch (number)
        {
            case 1:
                paragraphs.Add(Body($"（一）主动公开情况。（语料占位文字）{Year}年，本机关围绕年度重点工作做好政府信息主动公开，及时更新公开目录。"));
                if (NarrativeNumbers)
                {
                    var received = Numbers["applications.newReceived.total"] + NarrativeApplicationsOffset;
                    var litigation = Numbers["review.litigationDirect.total"] + Numbers["review.litigationAfterReview.total"];
                    paragraphs.Add(Body($"（二）依申请公开情况。{Year}年，本机关共新收政府信息公开申请{Format(received)}件，上年结转{Format(Numbers["applications.carriedOver.total"])}件，"
                        + $"办结{Format(Numbers["applications.resultsTotal.total"])}件，结转下年度继续办理{Format(Numbers["applications.carriedForward.total"])}件。"
                        + $"全年发生政府信息公开行政复议{Format(Numbers["review.administrativeReview.total"])}件、行政诉讼{Format(litigation)}件。"));
                }
                else
                    paragraphs.Add(Body("（二）依申请公开情况。（语料占位文字）本机关畅通申请渠道，依法按时答复政府信息公开申请。"));
                paragraphs.Add(Body("（三）政府信息管理。（语料占位文字）本机关落实公开前审查，规范发布流程。"));
                break;
            case 2 or 3 or 4:
                if (TableIntroLine) paragraphs.Add(Body("该部分以表格形式报告。表格如下："));
                if (NbspAfterTables) after.Add(Body("\u00A0"));
                break;
            case 5:
                paragraphs.Add(Body("（语料占位文字）一是公开内容的全面性还有待提高；二是政策解读形式比较单一。"));
                paragraphs.Add(Body("（语料占位文字）下一步，本机关将加强业务培训，丰富解读形式，持续提升公开质量。"));
                break;
            case 6:
                paragraphs.Add(Body(Layout == "2021"
                    ? "（语料占位文字）本年度未收取政府信息公开信息处理费。"
                    : "（语料占位文字）无其他需要报告的事项。"));
                break;
        }
        return new SectionSpec
        {
            Number = number,
            Heading = MissingHeadings.Contains(number) ? null : Heading(number),
            Paragraphs = paragraphs,
            AfterTable = after,
        };
    }

    private static ParagraphSpec Body(string text) => ParagraphSpec.Body(text);
}
