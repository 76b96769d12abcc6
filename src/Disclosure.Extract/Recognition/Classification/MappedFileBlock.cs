using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>
/// A read-only range of a file mapped into memory. Loading a model this way costs no copy and no managed allocation:
/// a fresh 2.8 MB array per load filled the large-object heap, and the full collections that followed were the slowest
/// samples of per-report classification. Unmapped when disposed or, failing that, when collected.
/// </summary>
internal sealed unsafe class MappedFileBlock : MemoryManager<byte>
{
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;
    private readonly int _length;
    private int _released;

    public MappedFileBlock(string path, long offset, int length)
    {
        // The view keeps the mapping alive on its own, so the file handle is closed at once.
        using (var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read))
            _view = file.CreateViewAccessor(offset, length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + _view.PointerOffset;
        _length = length;
    }

    // CA2015 warns that a span may outlive its block. The only holder is LinearLabelModel, which keeps itself (and so
    // the block) alive until its spans are out of use.
#pragma warning disable CA2015
    ~MappedFileBlock() => Dispose(false);
#pragma warning restore CA2015

    public override Span<byte> GetSpan() => new(_pointer, _length);

    // The block never moves: pinning is the pointer itself.
    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

    public override void Unpin() { }

    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return;
        // The view's handle is a critical finalizer object, finalized after this one: releasing the pointer here
        // lets it unmap.
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        if (disposing) _view.Dispose();
    }
}
