#:project ../src/Disclosure.Extract.Corpus/Disclosure.Extract.Corpus.csproj
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Regenerates the generated parts of the corpus (docx/, text/, html/, bad/, specs/generated/; pdf/ when LibreOffice is installed) next to this file.
// Usage from the repository root:  dotnet run corpus/regenerate.cs   (or pass another output folder)
using Disclosure.Extract.Corpus;

var target = args.Length > 0 ? args[0] : Path.Combine(Directory.GetCurrentDirectory(), "corpus");
var written = CorpusGenerator.Generate(target);
Console.WriteLine($"{written.Count} files written under {Path.GetFullPath(target)}");
