using System.Collections.Immutable;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>
/// The trained maximum-entropy weights in a compact file: class names, the sorted feature hashes seen in training,
/// each feature's non-zero weights per class, and the class biases. Probabilities are softmax(w·x + b), exactly
/// what ML.NET's model computes; loading maps the file, so the first report of a process does not pay for ML.NET's
/// start-up.
/// </summary>
/// <remarks>
/// A feature with weights for few classes stores them as (class, weight) pairs. One with weights for many (the
/// context, common characters: the features every label has) stores a full row, added to the scores in one vector
/// operation; those few thousand rows carry nine tenths of the arithmetic of a label.
/// </remarks>
public sealed class LinearLabelModel
{
    private const string Magic = "DXLM";
    private const int Version = 2;

    // The arrays live in one block, laid out as in the file after its header (hashes, offsets, classes, weights,
    // biases, dense features, dense rows), and are read through typed views of it. A loaded model's block is the file
    // itself, mapped into memory.
    private readonly ReadOnlyMemory<byte> _data;
    private readonly int _featureCount;
    private readonly int _weightCount;
    private readonly int _denseCount;
    // Where each value of a hash's top 12 bits starts in the sorted hashes: a lookup searches one small bucket.
    private readonly int[] _buckets;
    private const int BucketShift = 20;
    private const int BucketCount = 1 << (32 - BucketShift);

    /// <summary>
    /// A model from sparse weights: feature <c>f</c> (hash <c>hashes[f]</c>) weighs <c>weights[k]</c> on class
    /// <c>classes[k]</c> for k from <c>offsets[f]</c> to <c>offsets[f+1]</c>.
    /// </summary>
    public LinearLabelModel(ImmutableArray<string> classNames, uint[] hashes, int[] offsets, ushort[] classes, float[] weights, float[] biases)
        : this(classNames, Layout(classNames.Length, hashes, offsets, classes, weights, biases))
    {
    }

    private LinearLabelModel(ImmutableArray<string> classNames, (int Features, int Weights, int Dense, byte[] Data) layout)
        : this(classNames, layout.Features, layout.Weights, layout.Dense, layout.Data)
    {
    }

    private LinearLabelModel(ImmutableArray<string> classNames, int featureCount, int weightCount, int denseCount, ReadOnlyMemory<byte> data)
    {
        ClassNames = classNames;
        _featureCount = featureCount;
        _weightCount = weightCount;
        _denseCount = denseCount;
        _data = data;
        if (data.Length != BlockLength(classNames.Length, featureCount, weightCount, denseCount))
            throw new ArgumentException("inconsistent model arrays");
        // Hashes are sorted, so counting them per bucket and summing gives each bucket's start.
        _buckets = new int[BucketCount + 1];
        foreach (var hash in Hashes) _buckets[(hash >> BucketShift) + 1]++;
        for (var b = 1; b <= BucketCount; b++) _buckets[b] += _buckets[b - 1];
    }

    /// <summary>Class names in score order.</summary>
    public ImmutableArray<string> ClassNames { get; }

    /// <summary>Features the model knows (hashes seen in training).</summary>
    public int FeatureCount => _featureCount;

    /// <summary>Weights stored: the pairs of sparse features and the full rows of dense ones.</summary>
    public int WeightCount => _weightCount + _denseCount * ClassNames.Length;

    /// <summary>A feature is stored as a full row from this many non-zero weights: a third of the classes.</summary>
    private static int DenseFrom(int classCount) => Math.Max(2, classCount / 3);

    private ReadOnlySpan<uint> Hashes => View<uint>(0, _featureCount);
    private ReadOnlySpan<int> Offsets => View<int>(4 * _featureCount, _featureCount + 1);
    private ReadOnlySpan<ushort> Classes => View<ushort>(8 * _featureCount + 4, _weightCount);
    private ReadOnlySpan<float> Weights => View<float>(8 * _featureCount + 4 + 2 * _weightCount, _weightCount);
    private ReadOnlySpan<float> Biases => View<float>(8 * _featureCount + 4 + 6 * _weightCount, ClassNames.Length);
    private ReadOnlySpan<int> DenseFeatures => View<int>(8 * _featureCount + 4 + 6 * _weightCount + 4 * ClassNames.Length, _denseCount);
    private ReadOnlySpan<float> DenseRows =>
        View<float>(8 * _featureCount + 4 + 6 * _weightCount + 4 * ClassNames.Length + 4 * _denseCount, _denseCount * ClassNames.Length);

    private ReadOnlySpan<T> View<T>(int byteOffset, int count) where T : unmanaged =>
        MemoryMarshal.Cast<byte, T>(_data.Span.Slice(byteOffset, count * Unsafe.SizeOf<T>()));

    private static long BlockLength(int classCount, int featureCount, int weightCount, int denseCount) =>
        8L * featureCount + 4 + 6L * weightCount + 4L * classCount + 4L * denseCount * (1 + classCount);

    /// <summary>Class probabilities for a feature vector; features unseen in training contribute nothing.</summary>
    public float[] Probabilities(LabelFeatureVector features)
    {
        var scores = Biases.ToArray();
        var hashes = Hashes;
        var offsets = Offsets;
        var classes = Classes;
        var weights = Weights;
        var denseFeatures = DenseFeatures;
        var denseRows = DenseRows;
        var classCount = scores.Length;
        for (var i = 0; i < features.Hashes.Length; i++)
        {
            var hash = features.Hashes[i];
            var bucket = hash >> BucketShift;
            var from = _buckets[bucket];
            var f = hashes[from.._buckets[bucket + 1]].BinarySearch(hash);
            if (f < 0) continue;
            f += from;
            var value = features.Values[i];
            if (offsets[f] == offsets[f + 1])
            {
                // No pairs: the feature is dense (every stored feature has a weight).
                var row = denseFeatures.BinarySearch(f);
                if (row >= 0) TensorPrimitives.MultiplyAdd(denseRows.Slice(row * classCount, classCount), value, scores, scores);
                continue;
            }
            for (var k = offsets[f]; k < offsets[f + 1]; k++) scores[classes[k]] += weights[k] * value;
        }
        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }
        for (var c = 0; c < scores.Length; c++) scores[c] = (float)(scores[c] / sum);
        // A mapped block is unmapped when this model is collected: not while its spans are in use.
        GC.KeepAlive(this);
        return scores;
    }

    /// <summary>
    /// Writes the model to a new file that then replaces <paramref name="path"/>: a process that has the old file
    /// mapped keeps reading it intact, and a failed write leaves the old model in place.
    /// </summary>
    public void Save(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        try
        {
            using (var stream = File.Create(temporary))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Encoding.ASCII.GetBytes(Magic));
                writer.Write(Version);
                writer.Write(ClassNames.Length);
                foreach (var name in ClassNames) writer.Write(name);
                writer.Write(_featureCount);
                writer.Write(_weightCount);
                writer.Write(_denseCount);
                writer.Write(_data.Span);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            // Gone after the move; after a failed write, a half-written file must not be left beside the model.
            File.Delete(temporary);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a damaged or foreign file is an <see cref="InvalidDataException"/> naming it.</summary>
    public static LinearLabelModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"label model not found: {path}", path);
        try
        {
            var names = ImmutableArray.CreateBuilder<string>();
            int featureCount, weightCount, denseCount;
            long blockStart, blockLength;
            using (var stream = File.OpenRead(path))
            using (var reader = new BinaryReader(stream, Encoding.UTF8))
            {
                if (Encoding.ASCII.GetString(reader.ReadBytes(4)) != Magic) throw new InvalidDataException("not a label model file");
                var version = reader.ReadInt32();
                if (version != Version) throw new InvalidDataException($"model format version {version}, expected {Version}; run `train`");
                var classCount = reader.ReadInt32();
                if (classCount is < 1 or > ushort.MaxValue) throw new InvalidDataException($"{classCount} classes");
                for (var i = 0; i < classCount; i++) names.Add(reader.ReadString());
                featureCount = reader.ReadInt32();
                weightCount = reader.ReadInt32();
                denseCount = reader.ReadInt32();
                if (featureCount is < 0 or > int.MaxValue / 16 || weightCount is < 0 or > int.MaxValue / 16
                    || denseCount < 0 || denseCount > featureCount)
                    throw new InvalidDataException("array length out of range");
                blockStart = stream.Position;
                blockLength = BlockLength(classCount, featureCount, weightCount, denseCount);
                if (blockLength > int.MaxValue) throw new InvalidDataException("model too large");
                if (blockLength != stream.Length - blockStart)
                    throw new InvalidDataException($"{stream.Length - blockStart} bytes of weights, expected {blockLength}");
            }
            var block = new MappedFileBlock(path, blockStart, (int)blockLength);
            try
            {
                var model = new LinearLabelModel(names.ToImmutable(), featureCount, weightCount, denseCount, block.Memory);
                model.CheckIndices();
                return model;
            }
            catch
            {
                ((IDisposable)block).Dispose();
                throw;
            }
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or InvalidDataException)
        {
            throw new InvalidDataException($"{path}: damaged label model ({e.Message})", e);
        }
    }

    /// <summary>
    /// A damaged file must fail at load, not index out of range while classifying. Vectorized range checks only: an
    /// unsorted hash or offset could give wrong scores but never reads outside the block, and a full ordering pass
    /// would cost as much as the read.
    /// </summary>
    private void CheckIndices()
    {
        if (Offsets.IndexOfAnyExceptInRange(0, _weightCount) >= 0 || Offsets[0] != 0 || Offsets[^1] != _weightCount)
            throw new InvalidDataException("weight offsets out of range");
        if (Classes.IndexOfAnyExceptInRange((ushort)0, (ushort)(ClassNames.Length - 1)) >= 0)
            throw new InvalidDataException("class index out of range");
        if (DenseFeatures.IndexOfAnyExceptInRange(0, _featureCount - 1) >= 0)
            throw new InvalidDataException("dense feature index out of range");
    }

    /// <summary>The block for sparse weights, with the features that weigh on many classes moved to full rows.</summary>
    private static (int Features, int Weights, int Dense, byte[] Data) Layout(
        int classCount, uint[] hashes, int[] offsets, ushort[] classes, float[] weights, float[] biases)
    {
        if (offsets.Length != hashes.Length + 1 || classes.Length != weights.Length || biases.Length != classCount
            || offsets[0] != 0 || offsets[^1] != weights.Length)
            throw new ArgumentException("inconsistent model arrays");
        var sparseOffsets = new int[offsets.Length];
        var sparseClasses = new List<ushort>(classes.Length);
        var sparseWeights = new List<float>(weights.Length);
        var denseFeatures = new List<int>();
        var denseRows = new List<float>();
        for (var f = 0; f < hashes.Length; f++)
        {
            var (from, to) = (offsets[f], offsets[f + 1]);
            if (to <= from) throw new ArgumentException($"feature {f} has no weight");
            if (to - from >= DenseFrom(classCount))
            {
                var row = new float[classCount];
                for (var k = from; k < to; k++) row[classes[k]] = weights[k];
                denseFeatures.Add(f);
                denseRows.AddRange(row);
            }
            else
            {
                sparseClasses.AddRange(classes.AsSpan(from, to - from));
                sparseWeights.AddRange(weights.AsSpan(from, to - from));
            }
            sparseOffsets[f + 1] = sparseWeights.Count;
        }
        var data = Concat(classCount, hashes, sparseOffsets, sparseClasses.ToArray(), sparseWeights.ToArray(), biases, denseFeatures.ToArray(), denseRows.ToArray());
        return (hashes.Length, sparseWeights.Count, denseFeatures.Count, data);
    }

    private static byte[] Concat(int classCount, uint[] hashes, int[] offsets, ushort[] classes, float[] weights, float[] biases, int[] denseFeatures, float[] denseRows)
    {
        var data = new byte[BlockLength(classCount, hashes.Length, weights.Length, denseFeatures.Length)];
        var at = 0;
        Append(hashes);
        Append(offsets);
        Append(classes);
        Append(weights);
        Append(biases);
        Append(denseFeatures);
        Append(denseRows);
        return at == data.Length ? data : throw new ArgumentException("inconsistent model arrays");

        void Append<T>(T[] part) where T : struct
        {
            var bytes = MemoryMarshal.AsBytes(part.AsSpan());
            if (at + bytes.Length > data.Length) throw new ArgumentException("inconsistent model arrays");
            bytes.CopyTo(data.AsSpan(at));
            at += bytes.Length;
        }
    }
}
