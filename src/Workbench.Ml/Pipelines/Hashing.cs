using System.Text;
using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>A fitted <see cref="HashStep"/>: hashing learns nothing, so only the output column names are kept.</summary>
public sealed record FittedHash(HashStep Hash, IReadOnlyList<string> OutputColumns) : FittedStep
{
    /// <inheritdoc/>
    public override PipelineStep Step => Hash;

    internal override TabularData Apply(TabularData table, StepContext context)
    {
        var sources = Hash.Columns.Select(c => context.Require(table, c)).ToList();
        var outputs = OutputColumns.Select(_ => new double[table.RowCount]).ToArray();
        foreach (var column in sources)
        {
            var keyCache = new Dictionary<string, (int Index, double Sign)>(StringComparer.Ordinal);
            for (var r = 0; r < column.Length; r++)
            {
                if (column.IsMissing(r)) continue;
                var (key, value) = column.Numbers is { } n ? (column.Name, n[r]) : ($"{column.Name}={column.Strings![r]}", 1.0);
                if (value == 0) continue;
                if (!keyCache.TryGetValue(key, out var slot)) keyCache[key] = slot = Hashing.Slot(key, OutputColumns.Count, Hash.AlternateSign);
                outputs[slot.Index][r] += slot.Sign * value;
            }
        }
        var replacements = new Dictionary<string, IReadOnlyList<DataColumn>>();
        foreach (var c in Hash.Columns) replacements[c] = [];
        replacements[Hash.Columns[0]] = outputs.Select((v, i) => DataColumn.Numeric(OutputColumns[i], ColumnType.Real, v)).ToList();
        return TableEdit.Apply(table, replacements);
    }
}

/// <summary>The hashing trick as scikit-learn's FeatureHasher(input_type="dict") applied to each row as a dict.</summary>
/// <remarks>A text value v of column c is the feature "c=v" with value 1; a numeric value x is the feature "c" with value
/// x. A feature goes to column |h| mod n, where h is the signed 32-bit MurmurHash3 (x86, seed 0) of its UTF-8 bytes;
/// with <see cref="HashStep.AlternateSign"/> the value is negated when h &lt; 0, so collisions cancel out on average.
/// Missing values add nothing (FeatureHasher would add NaN for a NaN number).</remarks>
internal static class Hashing
{
    /// <summary>The most output columns a hash step may create (the columns are dense, unlike FeatureHasher's sparse matrix).</summary>
    public const int MaxFeatures = 4096;

    public static FittedHash Fit(HashStep step, TabularData table, StepContext context)
    {
        context.CheckList(step.Columns);
        if (step.Features is < 1 or > MaxFeatures)
            throw context.Error($"the number of hashed features is {step.Features}; choose between 1 and {MaxFeatures}.");
        if (string.IsNullOrWhiteSpace(step.Prefix)) throw context.Error("the output prefix is empty. Give a prefix such as \"hash\".");
        foreach (var c in step.Columns) context.Require(table, c);
        var outputs = Enumerable.Range(0, step.Features).Select(i => $"{step.Prefix}_{i}").ToList();
        context.CheckNew(table, outputs, step.Columns);
        return new FittedHash(step, outputs);
    }

    /// <summary>The output column and sign of a feature name, as FeatureHasher computes them.</summary>
    public static (int Index, double Sign) Slot(string feature, int features, bool alternateSign)
    {
        var h = Murmur3(Encoding.UTF8.GetBytes(feature), 0);
        var index = h == int.MinValue ? (int)((2147483647L - (features - 1)) % features) : Math.Abs(h) % features;
        return (index, alternateSign && h < 0 ? -1 : 1);
    }

    /// <summary>MurmurHash3 x86 32-bit, signed.</summary>
    public static int Murmur3(ReadOnlySpan<byte> data, uint seed)
    {
        const uint c1 = 0xcc9e2d51, c2 = 0x1b873593;
        var h = seed;
        var blocks = data.Length / 4;
        for (var i = 0; i < blocks; i++)
        {
            var k = BitConverter.ToUInt32(data.Slice(i * 4, 4));
            k *= c1; k = uint.RotateLeft(k, 15); k *= c2;
            h ^= k; h = uint.RotateLeft(h, 13); h = h * 5 + 0xe6546b64;
        }
        uint tail = 0;
        var rest = data[(blocks * 4)..];
        for (var i = rest.Length - 1; i >= 0; i--) tail = (tail << 8) | rest[i];
        if (rest.Length > 0) { tail *= c1; tail = uint.RotateLeft(tail, 15); tail *= c2; h ^= tail; }
        h ^= (uint)data.Length;
        h ^= h >> 16; h *= 0x85ebca6b; h ^= h >> 13; h *= 0xc2b2ae35; h ^= h >> 16;
        return (int)h;
    }
}
