using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Extract.Recognition;

/// <summary>
/// Normalizes label text for matching (template.md §5.3): NFKC, no whitespace, no quotes, traditional → simplified
/// for the characters the template uses, numbering and parenthesised glosses stripped.
/// </summary>
public static partial class LabelText
{
    // Traditional forms seen in zh-TW mirrors of reports, plus converter words (檔案 for 文件).
    private const string Traditional = "規範許對務項處罰強製業費採購數開總減決額發廢現為單萬內條組織機構會護況請結轉辦與區計這國穩權類過執詢無關補確訪舉報訴複復讓書當據獲繳納繼續議維糾審經後係檔統體團證級應聯繫電話郵鎮鄉縣門設歸屬實際濟環產變從衛動態標準問題資訊協獨醫學參們廳屆輯錄檢驗測價錢銀樣細優廣圍雙負責貴員導編銷稅職聽眾億陸島監視頁順領頭顧風飛館點黨齊讀僅傳兩寫勞勢廠徵戰擇擴擊擋攜敗斷時東極歲歷殘氣溫漢潔灣災爭畫疊盡盤禮種積競筆築簡糧紀約紅紙絕綜緊線練績聲脅號覺親觀訂記評識試詳認語誤說課調談論諮謀講謝豐貨貸賠贊趨軍軟較載輔輕輪農連週進遲運達違遞遠適選遺還邊針鋪鐵長閑間陣陽階隊隨隱雜離難須頒頻顯飯養馬齡圖冊備個儀債僱倉興舊薦輸陳險響預閱鐘啟臺裡麼於並專戶營贈祕徑";
    private const string Simplified = "规范许对务项处罚强制业费采购数开总减决额发废现为单万内条组织机构会护况请结转办与区计这国稳权类过执询无关补确访举报诉复复让书当据获缴纳继续议维纠审经后系档统体团证级应联系电话邮镇乡县门设归属实际济环产变从卫动态标准问题资讯协独医学参们厅届辑录检验测价钱银样细优广围双负责贵员导编销税职听众亿陆岛监视页顺领头顾风飞馆点党齐读仅传两写劳势厂征战择扩击挡携败断时东极岁历残气温汉洁湾灾争画叠尽盘礼种积竞笔筑简粮纪约红纸绝综紧线练绩声胁号觉亲观订记评识试详认语误说课调谈论咨谋讲谢丰货贷赔赞趋军软较载辅轻轮农连周进迟运达违递远适选遗还边针铺铁长闲间阵阳阶队随隐杂离难须颁频显饭养马龄图册备个仪债雇仓兴旧荐输陈险响预阅钟启台里么于并专户营赠秘径";

    private static readonly Dictionary<char, char> T2S = BuildT2S();

    private static Dictionary<char, char> BuildT2S()
    {
        var map = new Dictionary<char, char>();
        var n = Math.Min(Traditional.Length, Simplified.Length);
        for (var i = 0; i < n; i++) map.TryAdd(Traditional[i], Simplified[i]);
        return map;
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.．,，]|[(（][一二三四五六七八九十]+[)）][、.．]?|\d{1,2}[、.．,，](?!\d)|[(（]\d{1,2}[)）][、.．]?)")]
    private static partial Regex OrdinalRegex();

    // A closed gloss anywhere, or one a cut cell left open at the end: 其他（如申请人撤回申请、
    [GeneratedRegex(@"[(（][^()（）]*(?:[)）]|$)")]
    private static partial Regex GlossRegex();

    // Another year than the report's: 上年, 上一年度, 去年, 前一年, and comparisons with it (同比).
    [GeneratedRegex(@"上一?年|去年|前一年|上个年度|同比")]
    private static partial Regex OtherYearRegex();

    // 注：… 备注: … 说明：… 填表说明：… 注1：… — after Clean, colons are ASCII.
    [GeneratedRegex(@"^(?:注|附注|备注|说明|填表说明)\d?[:：]")]
    private static partial Regex NoteRegex();

    // 部分公开中：区分处理件数, 本年新收申请中：网上申请, 其中：网上申请 — but not a heading that announces its sub-items
    // (不予公开，其中：).
    [GeneratedRegex(@"^(?:其中[:：].+|(?!其中).+中[:：].+)")]
    private static partial Regex BreakdownRegex();

    // Rates and shares: 办结率, 纠错率（%）, 自然人占比, 占总数比例.
    [GeneratedRegex(@"(?:率|占比|比例|百分比)$|[%％]")]
    private static partial Regex RateRegex();

    // Money, people and bodies: 收费金额, 处理费（元）, （单位：万元）, 申请人数（人）, 咨询（人次）, 企业数量（家）.
    [GeneratedRegex(@"金额|[(（](?:单位[:：])?(?:万?元|人民币|人|人次|家|户)[)）]|人次")]
    private static partial Regex AmountOrHeadcountRegex();

    /// <summary>
    /// True for a note under or inside a table (注：规章一栏由…填写) and for a breakdown of a row (部分公开中：区分处理件数):
    /// no template label reads that way, however many of a key's words it repeats.
    /// </summary>
    public static bool IsNoteOrBreakdown(string? text)
    {
        var cleaned = Clean(text);
        return NoteRegex().IsMatch(cleaned) || BreakdownRegex().IsMatch(cleaned);
    }

    /// <summary>
    /// True for a rate or a share (办结率, 占比（%）): the tables count cases and money, never ratios. Takes the label's
    /// <see cref="Clean"/> and <see cref="Core"/> forms, which the matchers already hold (a gloss can hide 率 from the end).
    /// </summary>
    public static bool IsRateOrShare(string cleaned, string core) => RateRegex().IsMatch(core) || RateRegex().IsMatch(cleaned);

    /// <summary>True for an amount of money or a count of people or bodies (处理费（元）, 收费金额, 申请人数（人）, 咨询人次, 企业（家）), given the <see cref="Clean"/> form.</summary>
    public static bool IsAmountOrHeadcount(string cleaned) => AmountOrHeadcountRegex().IsMatch(cleaned);

    /// <summary>
    /// True when a label's <see cref="Core"/> form speaks of the previous year (上年处理决定数量, 去年自然人) or compares with it:
    /// only keys whose own wording does (上一年项目数量, 上年结转, 本年增/减) can be its key.
    /// </summary>
    public static bool NamesOtherYear(string core) => OtherYearRegex().IsMatch(core);

    /// <summary>Whitespace, quotes and width differences removed; traditional characters simplified.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF' or '\u00A0' or '\u3000') continue;
            if (ch is '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』' or '《' or '》') continue;
            sb.Append(T2S.TryGetValue(ch, out var simple) ? simple : ch);
        }
        // Converter words: zh-TW mirrors turn 文件 into 檔案. 其它 is the older spelling of the template's 其他.
        return sb.ToString().Replace("档案", "文件").Replace("其它", "其他");
    }

    /// <summary>
    /// The label reduced to its distinctive words: <see cref="Clean"/>, leading ordinals and trailing glosses
    /// (`(指2019年事项数)`, `(单位:万元)`) removed. Never returns empty for a non-empty label.
    /// </summary>
    public static string Core(string? text)
    {
        var s = Clean(text);
        if (s.Length == 0) return s;
        var stripped = StripOrdinals(s);
        var noGloss = GlossRegex().Replace(stripped, "");
        if (noGloss.Length > 0) stripped = noGloss;
        return stripped.Length > 0 ? stripped : s;
    }

    /// <summary>Removes numbering like 一、 （三） 1. (2） 第二十条 from the start, repeatedly.</summary>
    public static string StripOrdinals(string cleaned)
    {
        var s = cleaned;
        for (var i = 0; i < 3; i++)
        {
            var m = OrdinalRegex().Match(s);
            if (!m.Success || m.Length == 0 || m.Length == s.Length) break;
            s = s[m.Length..];
        }
        return s;
    }

    /// <summary>The leading ordinal of a label as printed (after <see cref="Clean"/>), or empty.</summary>
    public static string LeadingOrdinal(string cleaned)
    {
        var m = OrdinalRegex().Match(cleaned);
        return m.Success ? m.Value : "";
    }

    /// <summary>Levenshtein distance, bounded: returns max+1 as soon as the distance must exceed max.</summary>
    public static int EditDistance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        Span<int> prev = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> cur = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            var swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.Length];
    }

    /// <summary>True when the text, cleaned, has at least one CJK ideograph or Latin letter (is a label, not a value).</summary>
    public static bool HasWords(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        foreach (var ch in text)
        {
            if (ch >= '\u4E00' && ch <= '\u9FFF') return true;
            if (char.IsLetter(ch) && ch < 128) return true;
        }
        return false;
    }

    internal static bool IsCjk(char ch) => ch >= '\u4E00' && ch <= '\u9FFF';
}
