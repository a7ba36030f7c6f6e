using System.Text.Unicode;
using CsvHelper;

namespace Workbench.Ml.Data;

/// <summary>A CSV or TSV file read with CsvHelper's reader: RFC 4180 quoting, a byte order mark, CRLF or LF.</summary>
internal sealed class CsvRowSource : IUtf8RowSource, ILineTracking
{
    private const int CheckEveryRows = 4096;
    /// <summary>The largest record read, in bytes; a longer one is almost always an unclosed quote.</summary>
    internal const int MaxRecordBytes = 64 * 1024 * 1024;
    private readonly string path;
    private readonly char separator;
    private readonly long fileLength;

    private CsvRowSource(string path, DataFormat format, char separator, IReadOnlyList<string> names, long fileLength)
    {
        this.path = path;
        this.separator = separator;
        this.fileLength = fileLength;
        Format = format;
        ColumnNames = names;
    }

    public DataFormat Format { get; }
    public IReadOnlyList<string> ColumnNames { get; }
    public IReadOnlyList<ColumnType>? DeclaredTypes => null;
    public long CurrentLine { get; private set; }

    /// <summary>The separator in use (given, or detected among , ; tab |).</summary>
    public char Separator => separator;

    /// <summary>Opens the file: detects the separator (<see cref="SeparatorDetector"/>), reads and checks the header, and checks that a row follows.</summary>
    public static CsvRowSource Open(string path, DataFormat format, char? separator, FileSample sample)
    {
        separator ??= SeparatorDetector.Detect(sample.Text(), sample.IsWholeFile);
        using var reader = CsvReader.FromFile(path, Options(separator));
        string[] headers;
        char sep;
        try
        {
            sep = reader.Separator;
            headers = reader.Headers.ToArray();
        }
        catch (CsvFormatException e) { throw CsvErrors.Malformed(e); }
        if (headers.Length == 0)
            throw new DataImportException("The file is empty. Choose a file with a header line and at least one row of data.", 1);
        var headerLine = Math.Max(1, reader.LineNumber);
        var names = HeaderRules.Validate(headers, headerLine, "in the first line of the file");
        var source = new CsvRowSource(path, format, sep, names, sample.FileLength);
        if (!source.ReadRows().Any())
            throw new DataImportException(
                $"The file has a header (line {headerLine}) but no rows of data. Add at least one row below the header.", headerLine + 1);
        return source;
    }

    public IEnumerable<string?[]> ReadRows(IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        ReadUtf8Rows(progress, cancellationToken).Select(row => row.ToStrings());

    public IEnumerable<Utf8Row> ReadUtf8Rows(IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var malformed = new Queue<CsvMalformedRecord>();
        var options = Options(separator) with { OnMalformedRecord = malformed.Enqueue };
        using var reader = CsvReader.FromFile(path, options);
        var width = ColumnNames.Count;
        var current = new Utf8Row(reader, width);
        long rows = 0;
        while (true)
        {
            try
            {
                if (!reader.Read()) break;
            }
            catch (CsvFormatException e) { throw CsvErrors.Malformed(e); }
            while (malformed.Count > 0 && malformed.Peek().RecordNumber <= reader.RowNumber + 1)
                if (malformed.Dequeue() is { Reason: not CsvMalformedReason.StrayQuote } bad) throw CsvErrors.Malformed(bad);
            CurrentLine = reader.LineNumber;
            if (!Utf8.IsValid(reader.RawRecord)) throw FileSniffer.FindNotUtf8(path);
            if (reader.RawRecord.Contains((byte)0))
                throw new DataImportException(
                    $"Line {reader.LineNumber} contains a NUL byte, so the file is binary or damaged. " +
                    "Import a CSV, TSV, JSON or Parquet text file; save a spreadsheet as CSV UTF-8 first.", reader.LineNumber);
            var count = reader.FieldCount;
            if (count != width)
            {
                if (count == 1 && reader.RawRecord.IndexOfAnyExcept(" \t"u8) < 0) continue;
                throw CsvErrors.Ragged(reader.LineNumber, count, width, separator);
            }
            if (++rows % CheckEveryRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(fileLength == 0 ? 1 : Math.Min(1.0, (double)reader.ByteOffset / fileLength));
            }
            yield return current;
        }
        progress?.Report(1.0);
    }

    private static CsvReaderOptions Options(char? separator) => new()
    {
        Separator = separator,
        HasHeader = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MaxRecordSize = MaxRecordBytes,
    };
}
