using System.Collections.Immutable;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Values;

namespace Disclosure.Extract.Validation;

/// <summary>Outcome of one accounting identity or value rule.</summary>
public enum CheckStatus { Pass, Fail, Unverifiable }

/// <summary>A field after value parsing: what validation and output work on.</summary>
public sealed record ExtractedField(
    string Key, FieldValueType ValueType, ParsedValue Value, string Raw, CellRef? Source, double Confidence);

/// <summary>The result of one check of fields.md, with the keys involved and the blanks counted as zero.</summary>
public sealed record CheckResult(
    string Rule, CheckStatus Status, string Message, ImmutableArray<string> Fields, ImmutableArray<string> AssumedZero);
