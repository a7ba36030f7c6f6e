using System.Globalization;

namespace Workbench.Cli.Tests.Commands;

/// <summary>A CSV written by predict or explain (no quoted cells), read back as columns of text.</summary>
public sealed record PredictionCsv(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    public static PredictionCsv Read(string path)
    {
        var lines = File.ReadAllLines(path);
        return new PredictionCsv(lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToList());
    }

    public string[] Text(string column)
    {
        int c = Header.ToList().IndexOf(column);
        Assert.True(c >= 0, $"no column {column} in {string.Join(",", Header)}");
        return Rows.Select(r => r[c]).ToArray();
    }

    public double[] Numbers(string column) => Text(column).Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
}
