namespace Disclosure.Extract.Corpus;
/// <summary>stub</summary>
public static class NegativeFiles { public static IEnumerable<(string Name, byte[] Bytes)> All() => []; }
