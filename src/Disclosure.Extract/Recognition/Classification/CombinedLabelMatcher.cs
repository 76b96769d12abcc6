namespace Disclosure.Extract.Recognition.Classification;

/// <summary>
/// Rules and classifier together: an exact match by the rules stands; a fragment match stands unless the model is
/// confident of another reading (another key, or none of them) and all but rules out the fragment's key; where the
/// rules find nothing or only guess by edit distance, the model decides. Agreement raises the score.
/// Constructed without a classifier it is the rule matcher, which is how the classifier is switched off.
/// </summary>
public sealed class CombinedLabelMatcher(RuleLabelMatcher rules, TrainedLabelMatcher? model) : ILabelMatcher
{
    // How sure the model must be to overrule a rule fragment match. On the development splits a fragment the model
    // disagrees with was wrong about ten times for each time it was right: a template word inside a local row
    // (行政诉讼合计), or the wrong word of a label (（二）部分予以公开 holds 予以公开).
    /// <summary>Model probability of "none of these" from which a fragment match is overruled.</summary>
    private const double ConfidentNone = 0.75;

    /// <summary>Model probability of another key from which a fragment match is overruled, if the fragment's key stays under <see cref="RuledOut"/>.</summary>
    private const double ConfidentKey = 0.9;

    private const double RuledOut = 0.1;

    public bool UsesClassifier => model is not null;

    public IReadOnlyList<LabelCandidate> Rank(LabelQuery query)
    {
        var ranked = RankWhole(query);
        // A two-level header read as one cell (申请人情况⏎自然人, 行政复议⏎总计) looks most like its heading, or like nothing,
        // and a caption run together with a row (第二十条第（一）项规章) like the caption; the cell stands for the child: the
        // rest of the label, read under that heading, decides when the rules find a key's wording in it (not a filler
        // like （五）不予处理的申请's 的申请, which the model alone might read as a row).
        if (model is not null && (ranked.FirstOrDefault() is not { } top || LabelKeys.IsGroup(top.Key) || top.Key == LabelKeys.Caption)
            && rules.SplitLeadingHeading(query) is var (heading, rest))
        {
            var child = Rank(query with { Text = rest, Parent = heading });
            if (child.FirstOrDefault() is { } lead && !LabelKeys.IsGroup(lead.Key) && lead.Key != LabelKeys.Caption
                && lead.Score >= ReportRecognizer.LowConfidence && lead.Method.Split('+')[0] is "exact" or "fragment")
                return child;
        }
        return ranked;
    }

    private IReadOnlyList<LabelCandidate> RankWhole(LabelQuery query)
    {
        var byRules = rules.Rank(query);
        // A note, a breakdown, a rate or an amount where only cases are counted gets no key from the model either. The
        // rules already gave it none, so the checks run only on labels the rules found nothing for.
        if (byRules.Count == 0 && (LabelText.IsNoteOrBreakdown(query.Text) || RuleLabelMatcher.MeasuresWhatNoKeyCounts(query)))
            return byRules;
        // An exact template wording needs no second opinion (and most labels of a clean report are exact).
        if (model is null || byRules.FirstOrDefault() is { Method: "exact" }) return byRules;
        var byModel = model.Rank(query);
        var ruleBest = byRules.FirstOrDefault();
        var modelBest = byModel.FirstOrDefault();

        if (ruleBest is not null && ruleBest.Method is "exact" or "fragment")
        {
            // A local row that merely mentions a template word (本年度办理结果小计, 其他主动公开文件（…除规范性文件以外…）,
            // a note naming 其他组织) matches a fragment; when the model is sure it is none of the keys, it is not.
            if (ruleBest.Method == "fragment" && modelBest is null && model.NoneProbability(query) >= ConfidentNone)
                return Array.Empty<LabelCandidate>();
            // A fragment can be the wrong word of the label (（二）部分予以公开 contains 予以公开): when the model is sure of
            // another key and all but rules out the fragment's, the model leads.
            if (ruleBest.Method == "fragment" && modelBest is not null && modelBest.Key != ruleBest.Key && modelBest.Score >= ConfidentKey
                && (byModel.FirstOrDefault(c => c.Key == ruleBest.Key)?.Score ?? 0) < RuledOut)
                return Merge(byRules, byModel, preferRules: false, keepLead: true);
            // An exact wording stays first; among fragment matches (上一年度项目数量 holds both 上一年 and 项目数量) the
            // model's agreement decides the order.
            return Merge(byRules, byModel, preferRules: true, keepLead: ruleBest.Method == "exact");
        }
        // The rules only guess by edit distance (or not at all): the model decides, "none of these" included.
        if (modelBest is null) return byModel;
        if (modelBest.Score < ReportRecognizer.LowConfidence)
        {
            // The model is unsure as well: keep the rules' weak guess, if any, with its own low score.
            return byRules.Count > 0 ? Merge(byRules, byModel, preferRules: true, keepLead: true) : byModel;
        }
        return Merge(byRules, byModel, preferRules: false, keepLead: true);
    }

    /// <summary>
    /// One ranking from both: each key scores 1−(1−r)(1−m) when both name it (independent evidence), otherwise its
    /// score from the preferred source, or a discounted score from the other. Exact rule matches and confident model
    /// decisions keep their key first.
    /// </summary>
    private static IReadOnlyList<LabelCandidate> Merge(IReadOnlyList<LabelCandidate> byRules, IReadOnlyList<LabelCandidate> byModel, bool preferRules, bool keepLead)
    {
        var keys = byRules.Select(c => c.Key).Concat(byModel.Select(c => c.Key)).Distinct();
        var merged = new List<LabelCandidate>();
        foreach (var key in keys)
        {
            var r = byRules.FirstOrDefault(c => c.Key == key);
            var m = byModel.FirstOrDefault(c => c.Key == key);
            var score = (r, m) switch
            {
                ({ } a, { } b) when b.Score >= 0.5 => 1 - (1 - a.Score) * (1 - b.Score),
                ({ } a, { } b) => preferRules ? a.Score : b.Score,
                ({ } a, null) => preferRules ? a.Score : a.Score * 0.5,
                (null, { } b) => preferRules ? b.Score * 0.5 : b.Score,
                _ => 0,
            };
            var method = (r, m) switch
            {
                ({ } a, { } b) when b.Score >= 0.5 => $"{a.Method}+{b.Method}",
                ({ } a, _) when preferRules => a.Method,
                (_, { } b) => b.Method,
                ({ } a, _) => a.Method,
                _ => "none",
            };
            merged.Add(new LabelCandidate(key, Math.Clamp(score, 0, 1), method));
        }
        // Unless told otherwise, the preferred source's best key stays first whatever the merged scores say.
        var lead = keepLead ? (preferRules ? byRules : byModel).FirstOrDefault()?.Key : null;
        return merged.OrderByDescending(c => c.Key == lead).ThenByDescending(c => c.Score).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
    }
}
