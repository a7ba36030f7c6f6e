namespace Workbench.Ml.Data;

/// <summary>The longest single value an import accepts, for every format: a longer one is refused with its line and
/// column before anything is written (a 50 MB cell is a broken file far more often than data, and every page that
/// shows it would pay for it).</summary>
public static class FieldLimit
{
    /// <summary>The default limit: 1,048,576 characters (a mebi-character).</summary>
    public const int DefaultMaxChars = 1 << 20;

    /// <summary><paramref name="source"/>, checking each value's length as rows are read.</summary>
    public static IRowSource Apply(IRowSource source, int maxChars)
    {
        if (maxChars < 1) throw new ArgumentOutOfRangeException(nameof(maxChars), maxChars, "The field limit must be at least 1 character.");
        return source is IUtf8RowSource utf8 ? new Utf8Limited(utf8, maxChars) : new Limited(source, maxChars);
    }

    /// <summary>The reader inside a source that <see cref="Apply"/> returned (tests look at the CSV reader's separator).</summary>
    internal static IRowSource Unwrap(IRowSource source) => source is Limited limited ? limited.Inner : source;

    private static DataImportException TooLong(IRowSource source, long row, int column, long length, int maxChars)
    {
        var line = (source as ILineTracking)?.CurrentLine is > 0 and var l ? l : row + 1;
        return new DataImportException(
            $"Line {line:N0}, column '{MessageText.Name(source.ColumnNames[column])}': a value of {length:N0} characters is longer than the " +
            $"import limit of {maxChars:N0} characters per value. Check the file (an unclosed quote often runs on like this), " +
            "cut the value, or raise the limit (Workbench:MaxFieldCharacters in the web app, --max-field-chars on the command line).", line);
    }

    private class Limited(IRowSource inner, int maxChars) : IRowSource, ILineTracking
    {
        public IRowSource Inner => inner;
        protected int MaxChars => maxChars;
        public DataFormat Format => inner.Format;
        public IReadOnlyList<string> ColumnNames => inner.ColumnNames;
        public IReadOnlyList<ColumnType>? DeclaredTypes => inner.DeclaredTypes;
        public long CurrentLine => (inner as ILineTracking)?.CurrentLine ?? 0;

        public IEnumerable<string?[]> ReadRows(IProgress<double>? progress = null, CancellationToken cancellationToken = default)
        {
            long rows = 0;
            foreach (var row in inner.ReadRows(progress, cancellationToken))
            {
                rows++;
                for (var i = 0; i < row.Length; i++)
                    if (row[i] is { Length: var n } && n > maxChars) throw TooLong(inner, rows, i, n, maxChars);
                yield return row;
            }
        }
    }

    private sealed class Utf8Limited(IUtf8RowSource inner, int maxChars) : Limited(inner, maxChars), IUtf8RowSource
    {
        public IEnumerable<Utf8Row> ReadUtf8Rows(IProgress<double>? progress = null, CancellationToken cancellationToken = default)
        {
            long rows = 0;
            foreach (var row in inner.ReadUtf8Rows(progress, cancellationToken))
            {
                rows++;
                for (var i = 0; i < row.Count; i++)
                {
                    var bytes = row[i];
                    // A value of no more bytes than the limit has no more characters either: count only the long ones.
                    if (bytes.Length > maxChars && System.Text.Encoding.UTF8.GetCharCount(bytes) is var n && n > maxChars) throw TooLong(inner, rows, i, n, maxChars);
                }
                yield return row;
            }
        }
    }
}
