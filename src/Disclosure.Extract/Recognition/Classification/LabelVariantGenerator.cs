using System.Text;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>
/// Seeded perturbations of a label wording, the kinds of damage real reports show (template.md §4): dropped,
/// inserted or look-alike/same-sound characters, truncation, stray spaces and line breaks, other numbering styles,
/// traditional forms, other punctuation and parenthesised glosses. Same seed, same variants.
/// </summary>
public sealed class LabelVariantGenerator(int seed)
{
    private readonly Random _random = new(seed);

    // Pairs of characters that OCR, input methods or typists confuse (形近字 and 同音字) in template words.
    private static readonly (char A, char B)[] Confusable =
    {
        ('己', '已'), ('末', '未'), ('制', '製'), ('制', '治'), ('公', '分'), ('开', '升'), ('数', '树'), ('量', '重'),
        ('规', '现'), ('章', '彰'), ('范', '苑'), ('许', '诉'), ('处', '外'), ('罚', '伐'), ('强', '弹'), ('收', '牧'),
        ('费', '废'), ('采', '彩'), ('购', '构'), ('项', '顶'), ('申', '甲'), ('请', '清'), ('请', '情'), ('结', '洁'),
        ('转', '传'), ('办', '力'), ('理', '里'), ('予', '于'), ('予', '矛'), ('部', '剖'), ('秘', '密'), ('禁', '尽'),
        ('危', '卮'), ('及', '级'), ('护', '户'), ('权', '全'), ('益', '溢'), ('务', '物'), ('执', '热'), ('法', '发'),
        ('案', '按'), ('卷', '券'), ('查', '察'), ('询', '讯'), ('掌', '常'), ('握', '屋'), ('现', '见'), ('成', '城'),
        ('需', '须'), ('另', '令'), ('补', '朴'), ('正', '整'), ('确', '却'), ('仍', '扔'), ('访', '仿'), ('举', '拳'),
        ('复', '夏'), ('版', '板'), ('当', '挡'), ('由', '田'), ('大', '太'), ('反', '返'), ('认', '忍'), ('获', '或'),
        ('逾', '愈'), ('期', '其'), ('缴', '交'), ('纳', '呐'), ('计', '记'), ('总', '综'), ('维', '唯'), ('审', '宙'),
        ('尚', '常'), ('起', '超'), ('议', '仪'), ('自', '白'), ('然', '燃'), ('人', '入'), ('业', '亚'), ('科', '料'),
        ('研', '妍'), ('社', '杜'), ('组', '姐'), ('织', '职'), ('律', '津'), ('机', '极'), ('关', '官'), ('政', '正'),
        ('府', '付'), ('信', '言'), ('息', '惜'), ('容', '荣'), ('件', '伴'), ('效', '校'), ('废', '度'), ('止', '正'),
        ('新', '薪'), ('年', '午'), ('本', '木'), ('其', '共'), ('他', '她'), ('对', '对'), ('外', '处'), ('管', '官'),
        ('服', '报'), ('事', '是'), ('行', '形'), ('性', '姓'), ('集', '急'), ('中', '终'), ('金', '全'), ('额', '颌'),
        ('决', '诀'), ('定', '订'), ('增', '赠'), ('减', '碱'), ('上', '土'), ('一', '—'), ('二', '两'), ('纠', '究'),
        ('持', '特'), ('果', '里'), ('直', '真'), ('接', '按'), ('后', '候'), ('诉', '拆'), ('讼', '松'), ('类', '娄'),
        ('内', '肉'), ('过', '过'), ('程', '呈'), ('第', '弟'), ('三', '叁'), ('方', '放'), ('合', '和'), ('安', '按'),
        ('稳', '隐'), ('属', '嘱'), ('于', '予'), ('国', '囯'), ('家', '加'), ('保', '宝'), ('有', '友'), ('没', '设'),
        ('内', '納'), ('出', '岀'), ('具', '俱'), ('信', '性'), ('投', '设'), ('重', '种'), ('无', '天'), ('当', '挡'),
    };

    private static readonly Dictionary<char, char[]> ConfusableMap = Confusable
        .Where(p => p.A != p.B)
        .SelectMany(p => new[] { (p.A, p.B), (p.B, p.A) })
        .GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.Select(p => p.Item2).Distinct().ToArray());

    // Simplified → traditional for the characters the normalizer maps back (LabelText's table, read in reverse).
    private static readonly Dictionary<char, char> ToTraditional = BuildTraditional();

    // Wordings that local templates use interchangeably; both directions are generated. Beyond spelling: the words a
    // clerk puts in place of the template's own (个人 for 自然人, 审批 for 许可, 审理 for 审结, 收到 for 新收).
    private static readonly (string Word, string Other)[] Synonyms = new (string, string)[]
    {
        ("予以", "给予"), ("予以", "同意"), ("予以", "准予"), ("其他", "其它"), ("数量", "数"), ("数量", "量"), ("数量", "件数"),
        ("数量", "总数"), ("属于", "系"), ("属于", "涉及"), ("相关", "有关"), ("重复", "重覆"), ("或", "或者"), ("和", "及"),
        ("事项", "事宜"), ("信息", "资料"), ("申请", "请求"), ("总计", "合计"), ("总计", "共计"), ("情形", "情况"),
        ("处理", "办理"), ("机关", "单位"), ("本年", "本年度"), ("本年", "当年"), ("上一年", "上年"), ("上一年", "上年度"),
        ("没有", "无"), ("需要", "须"), ("仍", "仍然"), ("要求", "请求"), ("提供", "给予"), ("结果", "情况"), ("件数", "数量"),
        ("自然人", "个人"), ("自然人", "公民"), ("商业企业", "企业"), ("科研机构", "科研院所"), ("科研机构", "科研单位"),
        ("社会公益组织", "公益组织"), ("法律服务机构", "律师事务所"), ("法人或其他组织", "法人和其他组织"), ("法人或其他组织", "单位"),
        ("许可", "审批"), ("审结", "审理"), ("尚未", "仍未"), ("新收", "收到"), ("新收", "受理"), ("制作", "制定"),
        ("公开", "公布"), ("废止", "废除"), ("结转", "转入"), ("维持", "维持原"), ("纠正", "撤销"), ("起诉", "诉讼"),
        ("信息内容", "内容"), ("信息内容", "项目"), ("不予", "不"), ("无法", "不能"), ("不掌握", "没有"), ("不属于", "非"),
    }.SelectMany(p => new[] { p, (p.Item2, p.Item1) }).ToArray();

    private const string Filler = "的和及与等之中其项类数年";

    private static readonly string[] Glosses =
    {
        "（指2019年事项数）", "（指2020年增加或减少的事项数，减用负值表示，如-8）", "（指2020年办件量）", "（单位：件）",
        "（设区的市、自治州人民政府应提供相关数据）", "（含部门规范性文件）", "(件)", "（个）", "（万元）", "（单位：万元）",
        "（指本年度）", "（注：无）", "（按实际填写）", "(指2021年",
    };

    /// <summary>A variant of <paramref name="body"/> (the label without numbering) renumbered around <paramref name="ordinal"/>.</summary>
    public string Vary(string body, string ordinal, int ordinalNumber)
    {
        var s = body;
        var edits = 1 + _random.Next(3);
        for (var i = 0; i < edits; i++) s = ApplyOne(s);
        return Renumber(ordinal, ordinalNumber) + s;
    }

    /// <summary>A random one of the numbering styles for the n-th item of the template's numbering kind.</summary>
    public string Renumber(string ordinal, int n)
    {
        if (ordinal.Length == 0 && _random.NextDouble() < 0.8) return "";
        var cn = ChineseNumeral(Math.Max(1, n));
        var styles = ordinal.Any(char.IsAsciiDigit) || ordinal.Length == 0
            ? new[] { $"{n}.", $"{n}、", $"{n}．", $"（{n}）", $"({n})", "", $"{n}. ", $"{n}.", $"{n}," }
            : ordinal.StartsWith('（') || ordinal.StartsWith('(')
                ? new[] { $"（{cn}）", $"({cn})", $"{cn}、", $"（{cn}）", "", $"({cn}）", $"（{n}）", $"{n}." }
                : new[] { $"{cn}、", $"{cn}.", $"{cn}．", $"（{cn}）", "", $"{cn}， ", $"{n}、" };
        return styles[_random.Next(styles.Length)];
    }

    private string ApplyOne(string s)
    {
        if (s.Length == 0) return s;
        switch (_random.Next(13))
        {
            case 0 when s.Length >= 4: // drop one character, or two adjacent ones (法规禁 → 止)
                {
                    var n = s.Length >= 7 && _random.NextDouble() < 0.4 ? 2 : 1;
                    var at = _random.Next(s.Length - n + 1);
                    return s.Remove(at, n);
                }
            case 1: // look-alike or same-sound substitution
                {
                    var positions = Enumerable.Range(0, s.Length).Where(i => ConfusableMap.ContainsKey(s[i])).ToList();
                    if (positions.Count == 0) return s;
                    var at = positions[_random.Next(positions.Count)];
                    var choices = ConfusableMap[s[at]];
                    return s[..at] + choices[_random.Next(choices.Length)] + s[(at + 1)..];
                }
            case 2: // insertion of a filler or a repeated character
                {
                    var at = _random.Next(s.Length + 1);
                    var ch = _random.NextDouble() < 0.5 ? Filler[_random.Next(Filler.Length)] : s[_random.Next(s.Length)];
                    return s.Insert(at, ch.ToString());
                }
            case 3 when s.Length >= 5: // truncation: the cell was too narrow, or the rest went to the next line
                {
                    var keep = (int)Math.Ceiling(s.Length * (0.6 + 0.3 * _random.NextDouble()));
                    return _random.NextDouble() < 0.75 ? s[..keep] : s[(s.Length - keep)..];
                }
            case 4: // stray spaces (PDF letter-spacing) or a line break inside the cell
                {
                    var sb = new StringBuilder();
                    var letterSpaced = _random.NextDouble() < 0.3;
                    for (var i = 0; i < s.Length; i++)
                    {
                        if (i > 0 && (letterSpaced || _random.NextDouble() < 0.15))
                            sb.Append(_random.Next(4) switch { 0 => "\n", 1 => "  ", 2 => "\u3000", _ => " " });
                        sb.Append(s[i]);
                    }
                    return sb.ToString();
                }
            case 5: // wrapped at a random point, with trailing padding as Word and HTML cells often carry
                {
                    var at = 1 + _random.Next(Math.Max(1, s.Length - 1));
                    return s[..at] + "\n" + s[at..] + (_random.NextDouble() < 0.3 ? new string(' ', 1 + _random.Next(16)) : "");
                }
            case 6: // traditional characters (zh-TW mirrors)
                {
                    var sb = new StringBuilder(s.Length);
                    foreach (var ch in s) sb.Append(ToTraditional.TryGetValue(ch, out var t) && _random.NextDouble() < 0.8 ? t : ch);
                    return sb.ToString().Replace("文件", _random.NextDouble() < 0.5 ? "檔案" : "文件");
                }
            case 7: // punctuation: quotes, enumeration commas, slashes
                return s.Replace('“', _random.NextDouble() < 0.5 ? '"' : '「').Replace('”', _random.NextDouble() < 0.5 ? '"' : '」')
                    .Replace('、', _random.NextDouble() < 0.5 ? '，' : ',').Replace("/", _random.NextDouble() < 0.5 ? "／" : "或")
                    .Replace('（', '(').Replace('）', ')') + (_random.NextDouble() < 0.2 ? "：" : "");
            case 8: // a parenthesised gloss, sometimes cut off
                return s + Glosses[_random.Next(Glosses.Length)];
            case 9: // a trailing colon, unit or generic noun
                return s + new[] { "：", ":", "（件）", "数", "情况", "", "类", "组织", "单位", "事项", "的", "申请", "件数", "数量" }[_random.Next(14)];
            case 11: // a synonym or near-synonym word (予以 → 给予, 其他 → 其它, 数量 → 数)
                {
                    var options = Synonyms.Where(p => s.Contains(p.Word, StringComparison.Ordinal)).ToList();
                    if (options.Count == 0) return s;
                    var (word, other) = options[_random.Next(options.Count)];
                    return s.Replace(word, other);
                }
            case 10: // a qualifying word in front (政府规章, 本机关…); never 其中：, which opens a breakdown of the row above
                return new[] { "本年", "政府", "本机关", "全部", "各类" }[_random.Next(5)] + s;
            case 12 when s.Length is >= 4 and <= 8 && _random.NextDouble() < 0.3: // two words in the other order (信息内容 → 内容信息)
                {
                    var at = 2 + _random.Next(s.Length - 3);
                    return s[at..] + s[..at];
                }
            default: // swap two neighbouring characters (typing slip)
                {
                    if (s.Length < 4) return s;
                    var at = _random.Next(s.Length - 1);
                    return s[..at] + s[at + 1] + s[at] + s[(at + 2)..];
                }
        }
    }

    private static string ChineseNumeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10) return digits[n].ToString();
        if (n == 10) return "十";
        if (n < 20) return "十" + digits[n - 10];
        return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
    }

    private static Dictionary<char, char> BuildTraditional()
    {
        var map = new Dictionary<char, char>();
        // Round-trip through the normalizer: a traditional form is any character it simplifies to the given one.
        for (var ch = '\u4E00'; ch <= '\u9FFF'; ch++)
        {
            var simple = LabelText.Clean(ch.ToString());
            if (simple.Length == 1 && simple[0] != ch) map.TryAdd(simple[0], ch);
        }
        return map;
    }
}
