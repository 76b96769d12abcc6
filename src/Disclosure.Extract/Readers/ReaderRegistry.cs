using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers;

/// <summary>Picks the reader for a file from its first bytes, falling back to its extension.</summary>
public sealed class ReaderRegistry(IEnumerable<IDocumentReader> readers)
{
    private readonly IReadOnlyList<IDocumentReader> _readers = readers.ToList();

    public IReadOnlyList<IDocumentReader> Readers => _readers;

    /// <summary>Every reader the library ships, in the order they are asked.</summary>
    public static ReaderRegistry CreateDefault() => new(DefaultReaders.All());

    public IDocumentReader? Find(string fileName, ReadOnlySpan<byte> head)
    {
        foreach (var r in _readers)
            if (r.CanRead(fileName, head))
                return r;
        return null;
    }

    /// <summary>Reads a file from disk into a grid, mapping every failure to a <see cref="DocumentReadException"/>.</summary>
    public TokenGrid ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        if (stream.Length == 0)
            throw new DocumentReadException(ReadErrorCodes.EmptyFile, "the file is empty (0 bytes)");
        var head = new byte[Math.Min(4096, stream.Length)];
        stream.ReadExactly(head);
        stream.Position = 0;
        var reader = Find(name, head)
            ?? throw new DocumentReadException(ReadErrorCodes.UnsupportedFormat,
                $"not a format this tool reads (extension '{Path.GetExtension(name)}', unrecognized content)");
        try
        {
            return reader.Read(stream, name);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DocumentReadException(ReadErrorCodes.CorruptFile,
                $"the {reader.Format.ToString().ToLowerInvariant()} reader could not read it: {ex.Message}", ex);
        }
    }
}
