using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>
/// The trained maximum-entropy weights in a compact file: class names, the sorted feature hashes seen in training,
/// each feature's non-zero weights per class, and the class biases. Probabilities are softmax(w·x + b), exactly
/// what ML.NET's model computes; loading is a few array copies, so the first report of a process does not pay
/// for ML.NET's start-up.
/// </summary>
public sealed class LinearLabelModel
{
    private const string Magic = "DXLM";
    private const int Version = 1;

    private readonly uint[] _hashes;
    private readonly int[] _offsets;
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly float[] _biases;

    public LinearLabelModel(ImmutableArray<string> classNames, uint[] hashes, int[] offsets, ushort[] classes, float[] weights, float[] biases)
    {
        if (offsets.Length != hashes.Length + 1 || classes.Length != weights.Length || biases.Length != classNames.Length)
            throw new ArgumentException("inconsistent model arrays");
        ClassNames = classNames;
        _hashes = hashes;
        _offsets = offsets;
        _classes = classes;
        _weights = weights;
        _biases = biases;
    }

    /// <summary>Class names in score order.</summary>
    public ImmutableArray<string> ClassNames { get; }

    /// <summary>Features the model knows (hashes seen in training).</summary>
    public int FeatureCount => _hashes.Length;

    /// <summary>Non-zero weights stored.</summary>
    public int WeightCount => _weights.Length;

    /// <summary>Class probabilities for a feature vector; features unseen in training contribute nothing.</summary>
    public float[] Probabilities(LabelFeatureVector features)
    {
        var scores = (float[])_biases.Clone();
        for (var i = 0; i < features.Hashes.Length; i++)
        {
            var f = Array.BinarySearch(_hashes, features.Hashes[i]);
            if (f < 0) continue;
            var value = features.Values[i];
            for (var k = _offsets[f]; k < _offsets[f + 1]; k++) scores[_classes[k]] += _weights[k] * value;
        }
        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }
        for (var c = 0; c < scores.Length; c++) scores[c] = (float)(scores[c] / sum);
        return scores;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        writer.Write(ClassNames.Length);
        foreach (var name in ClassNames) writer.Write(name);
        writer.Write(_hashes.Length);
        writer.Write(_weights.Length);
        writer.Write(MemoryMarshal.AsBytes(_hashes.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_offsets.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_classes.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_weights.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_biases.AsSpan()));
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a damaged or foreign file is an <see cref="InvalidDataException"/> naming it.</summary>
    public static LinearLabelModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"label model not found: {path}", path);
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (Encoding.ASCII.GetString(reader.ReadBytes(4)) != Magic) throw new InvalidDataException("not a label model file");
            var version = reader.ReadInt32();
            if (version != Version) throw new InvalidDataException($"model format version {version}, expected {Version}; run `train`");
            var classCount = reader.ReadInt32();
            var names = ImmutableArray.CreateBuilder<string>(classCount);
            for (var i = 0; i < classCount; i++) names.Add(reader.ReadString());
            var featureCount = reader.ReadInt32();
            var weightCount = reader.ReadInt32();
            var hashes = ReadArray<uint>(reader, featureCount);
            var offsets = ReadArray<int>(reader, featureCount + 1);
            var classes = ReadArray<ushort>(reader, weightCount);
            var weights = ReadArray<float>(reader, weightCount);
            var biases = ReadArray<float>(reader, classCount);
            return new LinearLabelModel(names.MoveToImmutable(), hashes, offsets, classes, weights, biases);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or InvalidDataException)
        {
            throw new InvalidDataException($"{path}: damaged label model ({e.Message})", e);
        }
    }

    private static T[] ReadArray<T>(BinaryReader reader, int count) where T : struct
    {
        if (count < 0) throw new InvalidDataException("negative array length");
        var array = new T[count];
        var bytes = MemoryMarshal.AsBytes(array.AsSpan());
        while (bytes.Length > 0)
        {
            var read = reader.Read(bytes);
            if (read == 0) throw new EndOfStreamException();
            bytes = bytes[read..];
        }
        return array;
    }
}
