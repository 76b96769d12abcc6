using System.Globalization;
using CsvHelper;
using Disclosure.Extract.Output;

namespace Disclosure.Extract.Cli;

/// <summary>Writes fields of many reports as one long-format CSV (a row per file and field) for pandas or R.</summary>
internal static class FieldTable
{
    private sealed record Row(
        string File, string Organization, int? Year, string Template, string Key, decimal? Value, string Kind, string Raw,
        string? Unit, double Confidence, int? Page, int? Table, int? RowIndex, int? Col);

    public static void Write(string path, IEnumerable<(string File, ReportDocument Document)> documents)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteRecords(documents.SelectMany(d => d.Document.Fields.Select(f => new Row(
            d.File, d.Document.Report.Organization ?? "", d.Document.Report.Year, d.Document.Report.Template, f.Key,
            f.Value.Value, f.Value.Kind.ToString().ToLowerInvariant(), f.Value.Raw, f.Value.Unit, f.Value.Confidence,
            f.Value.Source?.Page, f.Value.Source?.Table, f.Value.Source?.Row, f.Value.Source?.Col))));
    }
}
