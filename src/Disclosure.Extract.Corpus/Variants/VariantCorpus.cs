using Disclosure.Extract.Corpus.Specs;
namespace Disclosure.Extract.Corpus.Variants;
/// <summary>stub</summary>
public static class VariantCorpus { public static IReadOnlyList<ReportSpec> Specs() => []; }
