using System.Collections.Immutable;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Recognition;

/// <summary>The grid tables (one, or several when split) that make up one statistics table.</summary>
public sealed record LocatedTable(StatisticsTable Kind, ImmutableArray<GridTable> Parts, double Score);

/// <summary>
/// Finds the three statistics tables by what their cells say, never by position: each grid table is scored
/// against the words of each statistics table, and consecutive tables of one kind are joined (a table split by a
/// page break or written as one Word table per 第二十条 item).
/// </summary>
public static class StatisticsTableLocator
{
    private static readonly ImmutableDictionary<StatisticsTable, string[]> Keywords = new Dictionary<StatisticsTable, string[]>
    {
        [StatisticsTable.Active] = new[]
        {
            "第二十条", "信息内容", "规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "事业性收费", "集中采购",
            "制发件数", "废止件数", "现行有效", "新制作数量", "新公开数量", "对外公开总数", "上一年项目", "处理决定数量", "收费金额",
            "采购项目", "对外管理服务",
        },
        [StatisticsTable.Applications] = new[]
        {
            "申请人情况", "自然人", "商业企业", "科研机构", "公益组织", "法律服务机构", "本年新收", "上年结转", "办理结果",
            "予以公开", "部分公开", "不予公开", "国家秘密", "无法提供", "不予处理", "其他处理", "结转下年", "勾稽", "不掌握",
            "重复申请", "出版物", "信访", "三安全", "内部事务", "过程性", "执法案卷", "查询事项", "另行制作", "补正后", "大量反复",
            "重新出具", "逾期不补正", "缴纳费用", "继续办理",
        },
        [StatisticsTable.Review] = new[]
        {
            "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "直接起诉", "复议后起诉",
        },
    }.ToImmutableDictionary();

    /// <summary>Distinct keywords of each kind found in a table's cells.</summary>
    public static IReadOnlyDictionary<StatisticsTable, int> Score(GridTable table)
    {
        var text = string.Concat(table.Cells.Select(c => LabelText.Clean(c.Text) + "|"));
        return Keywords.ToDictionary(kv => kv.Key, kv => kv.Value.Count(k => text.Contains(k, StringComparison.Ordinal)));
    }

    /// <summary>The statistics tables of a document, at most one per kind (the best-scoring run of parts).</summary>
    public static ImmutableArray<LocatedTable> Locate(TokenGrid grid)
    {
        var runs = new List<(StatisticsTable Kind, List<GridTable> Parts, double Score)>();
        (StatisticsTable Kind, List<GridTable> Parts, double Score)? current = null;
        foreach (var block in grid.Blocks)
        {
            if (block is ParagraphBlock p)
            {
                // Page furniture and short captions between parts do not break a run; real prose does.
                if (current is not null && LabelText.Clean(p.Text).Length > 40) current = null;
                continue;
            }
            if (block is not TableBlock tb || tb.Table.RowCount == 0) continue;
            var scores = Score(tb.Table);
            var (kind, score) = scores.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, kv.Value)).First();
            var continues = current is not null && current.Value.Kind == kind;
            // A continuation part may carry few keywords (e.g. only （七）总计 and 四、结转下年度…).
            if (score >= 2 || (score >= 1 && continues))
            {
                if (continues)
                {
                    current!.Value.Parts.Add(tb.Table);
                    var updated = (current.Value.Kind, current.Value.Parts, current.Value.Score + score);
                    runs[^1] = updated;
                    current = updated;
                }
                else
                {
                    current = (kind, new List<GridTable> { tb.Table }, score);
                    runs.Add(current.Value);
                }
            }
            else
            {
                current = null;
            }
        }
        return runs.GroupBy(r => r.Kind)
            .Select(g => g.OrderByDescending(r => r.Score).First())
            .OrderBy(r => r.Parts[0].TableIndex)
            .Select(r => new LocatedTable(r.Kind, r.Parts.ToImmutableArray(), r.Score))
            .ToImmutableArray();
    }
}
