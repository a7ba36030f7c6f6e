namespace Workbench.Ml.Data;

/// <summary>The first pass over a file: counts its rows and infers each column's type, for the import preview.</summary>
/// <remarks>
/// A column gets the narrowest type that fits every non-missing value, in this order:
/// <list type="bullet">
/// <item>Boolean: true/false, yes/no, t/f, y/n in any case (0/1 stay Integer).</item>
/// <item>Integer: whole numbers that fit in 64 bits. A value with a leading zero ("007") is an identifier, not a number.</item>
/// <item>Real: decimal numbers in the invariant culture, with an optional exponent; inf and -inf are allowed. A column
/// mixing integers and reals is Real.</item>
/// <item>Date: yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss (optionally with .fff and Z), yyyy-MM-dd HH:mm:ss, yyyy/MM/dd.</item>
/// <item>Otherwise Categorical or Text, by the rule in <see cref="TextRule"/>.</item>
/// </list>
/// A column with no value at all is Text. For Parquet, the types the file declares are used; its string columns are
/// Categorical or Text by the same rule.
/// </remarks>
public static class TypeInference
{
    /// <summary>The rule that separates Text from Categorical, worded for the user interface.</summary>
    public const string TextRule =
        "A column of words is Text when its values average more than 50 characters, or when it has more than 50 distinct " +
        "values and they are more than half of its non-missing values (or it reaches the distinct-count cap); " +
        "otherwise it is Categorical.";

    private const int BatchRows = 4096;

    /// <summary>Reads <paramref name="source"/> once: row count, per-column type, missing and distinct counts, examples,
    /// and the first <paramref name="previewRows"/> rows.</summary>
    /// <exception cref="DataImportException">The file is malformed; the message names the line and the fix.</exception>
    public static ImportPreview Analyze(IRowSource source, int previewRows = 20, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        var names = source.ColumnNames;
        var columns = new ColumnAccumulator[names.Count];
        for (var i = 0; i < columns.Length; i++)
            columns[i] = new ColumnAccumulator(source.DeclaredTypes?[i]);
        var first = new List<string?[]>(Math.Max(0, previewRows));
        var rows = source is IUtf8RowSource utf8
            ? ReadUtf8(utf8, columns, first, previewRows, progress, ct)
            : Read(source, columns, first, previewRows, progress, ct);
        var inferred = new InferredColumn[columns.Length];
        for (var i = 0; i < columns.Length; i++)
            inferred[i] = columns[i].Result(names[i]);
        progress?.Report(1.0);
        return new ImportPreview(source.Format, inferred, first, rows);
    }

    private static long Read(IRowSource source, ColumnAccumulator[] columns, List<string?[]> first, int previewRows,
        IProgress<double>? progress, CancellationToken ct)
    {
        var batch = new List<string?[]>(BatchRows);
        long rows = 0;
        foreach (var row in source.ReadRows(progress, ct))
        {
            if (rows < previewRows) first.Add(row);
            rows++;
            batch.Add(row);
            if (batch.Count == BatchRows) Accumulate(columns, batch, ct);
        }
        Accumulate(columns, batch, ct);
        return rows;
    }

    /// <summary>Reads UTF-8 rows on a worker thread into batches while this thread adds them to the columns, so the
    /// values are checked without creating a string for each.</summary>
    private static long ReadUtf8(IUtf8RowSource source, ColumnAccumulator[] columns, List<string?[]> first, int previewRows,
        IProgress<double>? progress, CancellationToken ct)
    {
        long rows = 0;
        var options = new ParallelOptions { CancellationToken = ct };
        BatchPipeline.Run<Utf8Batch>((channel, stop) =>
        {
            var batch = new Utf8Batch(columns.Length, BatchCapacity(columns.Length));
            foreach (var row in source.ReadUtf8Rows(progress, stop))
            {
                if (rows < previewRows) first.Add(row.ToStrings());
                rows++;
                batch.Add(row);
                if (batch.Count < batch.Capacity) continue;
                channel.Send(batch);
                batch = channel.Reuse() ?? new Utf8Batch(columns.Length, batch.Capacity);
                batch.Clear();
            }
            if (batch.Count > 0) channel.Send(batch);
        }, batch => Parallel.For(0, columns.Length, options, c => batch.AddColumnTo(c, columns[c])), ct);
        return rows;
    }

    /// <summary>Rows per batch: <see cref="BatchRows"/>, fewer for wide files so a batch holds about a million cells.</summary>
    private static int BatchCapacity(int columns) => Math.Clamp((1 << 20) / Math.Max(1, columns), 1, BatchRows);

    /// <summary>Adds a batch of rows to the columns, the columns in parallel, and empties the batch.</summary>
    private static void Accumulate(ColumnAccumulator[] columns, List<string?[]> batch, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (batch.Count == 0) return;
        var options = new ParallelOptions { CancellationToken = ct };
        Parallel.For(0, columns.Length, options, c =>
        {
            var column = columns[c];
            foreach (var row in batch) column.Add(row[c]);
        });
        batch.Clear();
    }

    /// <summary>True when a column of words is Text rather than Categorical (see <see cref="TextRule"/>).</summary>
    public static bool IsText(long nonMissing, long distinct, bool distinctCapped, double meanLength) =>
        meanLength > 50 || distinctCapped || (distinct > 50 && distinct > 0.5 * nonMissing);
}
