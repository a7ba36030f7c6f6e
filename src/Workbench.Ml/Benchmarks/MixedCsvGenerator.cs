using System.Globalization;

namespace Workbench.Ml.Benchmarks;

/// <summary>Writes a deterministic CSV of mixed column types (integer, real, categorical, date, real with gaps), the
/// input of the import and profiling benchmark. The same rows, columns and seed always give the same bytes.</summary>
public static class MixedCsvGenerator
{
    /// <summary>Default sizes.</summary>
    public static class Defaults
    {
        /// <summary>Rows written.</summary>
        public const int Rows = 1_000_000;

        /// <summary>Columns written.</summary>
        public const int Columns = 20;

        /// <summary>Random seed.</summary>
        public const ulong Seed = 20260101;
    }

    private static readonly string[] Levels =
        ["north", "south", "east", "west", "centre", "harbour", "airport", "campus", "old town", "riverside", "hills", "market"];

    private static readonly DateTime FirstDay = new(2000, 1, 1);

    /// <summary>The header name of column <paramref name="index"/> (0-based): its kind and number.</summary>
    public static string ColumnName(int index) => (index % 5) switch
    {
        0 => $"count_{index + 1}",
        1 => $"amount_{index + 1}",
        2 => $"region_{index + 1}",
        3 => $"day_{index + 1}",
        _ => $"score_{index + 1}",
    };

    /// <summary>Writes the header and <paramref name="rows"/> rows of <paramref name="columns"/> columns.</summary>
    /// <remarks>Column kinds cycle: integer 0–99,999; real (2 decimals, about 1 % missing); categorical (12 levels,
    /// about 2 % missing); date 2000-01-01 to 2024-08-24; real in [0, 1) with 6 decimals and about 5 % missing.</remarks>
    public static void Write(TextWriter writer, int rows = Defaults.Rows, int columns = Defaults.Columns,
        ulong seed = Defaults.Seed, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        writer.Write(string.Join(',', Enumerable.Range(0, columns).Select(ColumnName)));
        writer.Write('\n');
        var random = new SplitMix64(seed);
        Span<char> buffer = stackalloc char[64];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c > 0) writer.Write(',');
                WriteCell(writer, c % 5, random, buffer);
            }
            writer.Write('\n');
            if ((r & 0xFFFF) == 0xFFFF)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report((double)(r + 1) / rows);
            }
        }
        progress?.Report(1);
    }

    private static void WriteCell(TextWriter writer, int kind, SplitMix64 random, Span<char> buffer)
    {
        var u = random.NextDouble();
        int n;
        switch (kind)
        {
            case 0:
                ((long)(u * 100_000)).TryFormat(buffer, out n, default, CultureInfo.InvariantCulture);
                break;
            case 1:
                if (u < 0.01) return;
                // A right-skewed amount: exponential with mean 250.
                (-250 * Math.Log(random.NextDouble() + 1e-12)).TryFormat(buffer, out n, "F2", CultureInfo.InvariantCulture);
                break;
            case 2:
                if (u < 0.02) return;
                writer.Write(Levels[(int)(random.NextDouble() * random.NextDouble() * Levels.Length)]);
                return;
            case 3:
                FirstDay.AddDays((int)(u * 9000)).TryFormat(buffer, out n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            default:
                if (u < 0.05) return;
                random.NextDouble().TryFormat(buffer, out n, "F6", CultureInfo.InvariantCulture);
                break;
        }
        writer.Write(buffer[..n]);
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): a fixed, portable generator, so the file never depends on
    /// the runtime's <see cref="Random"/> implementation.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong state = seed;

        public double NextDouble()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}
