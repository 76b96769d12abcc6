using System.Collections.Immutable;

namespace Disclosure.Extract.Recognition;

/// <summary>What one table mapper produced; merged into the <see cref="RecognizedReport"/>.</summary>
internal sealed class MappingResult
{
    public List<FieldReading> Fields { get; } = new();
    public List<ExtraRow> Extras { get; } = new();
    public List<ReportWarning> Warnings { get; } = new();
    public List<LabelDecision> Decisions { get; } = new();
    public bool SingleOtherRow { get; set; }

    public void Warn(string code, string message, string? field = null) => Warnings.Add(new ReportWarning(code, message, field));

    /// <summary>DUPLICATE_ROW for a row whose confident key another row took: where the alignment put it instead.</summary>
    public void WarnDuplicate(string tableName, string fieldPrefix, string label, AlignedLabel alignment) =>
        Warn(RecognitionWarnings.DuplicateRow, alignment.Key is null
                ? $"{tableName} has a second row labelled '{label}'; kept in extras"
                : $"{tableName} has a second row labelled '{label}'; mapped by template order to {alignment.Key}",
            alignment.Key is null ? null : $"{fieldPrefix}.{alignment.Key}");
}

/// <summary>Stable warning codes recognition emits.</summary>
public static class RecognitionWarnings
{
    public const string TableMissing = "TABLE_MISSING";
    public const string ExtraRow = "EXTRA_ROW";
    public const string DuplicateRow = "DUPLICATE_ROW";
    public const string LabelByPosition = "LABEL_BY_POSITION";
    public const string LabelLowConfidence = "LABEL_LOW_CONFIDENCE";
    public const string ColumnsByPosition = "COLUMNS_BY_POSITION";
    public const string ValueCountMismatch = "VALUE_COUNT_MISMATCH";
    public const string TemplateUnknown = "TEMPLATE_UNKNOWN";
    public const string OtherSingleRow = "OTHER_SINGLE_ROW";
    public const string ReaderNote = "READER_NOTE";
    public const string NoStatistics = "NO_STATISTICS";
}
