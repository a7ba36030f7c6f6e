using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace Workbench.Ml.Data;

/// <summary>A row source that can hand out its rows as raw UTF-8 fields, so a reader of millions of values need not
/// create a string for each (the CSV and TSV reader).</summary>
public interface IUtf8RowSource : IRowSource
{
    /// <summary>Reads every row from the start as <see cref="Utf8Row"/>s: the same rows, values and checks as
    /// <see cref="IRowSource.ReadRows"/>. The same instance is returned for every row and is valid until the next one.</summary>
    IEnumerable<Utf8Row> ReadUtf8Rows(IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>The current row of an <see cref="IUtf8RowSource"/>: its fields as valid UTF-8 bytes.</summary>
public sealed class Utf8Row
{
    private readonly CsvReader _reader;

    internal Utf8Row(CsvReader reader, int count)
    {
        _reader = reader;
        Count = count;
    }

    /// <summary>Number of fields.</summary>
    public int Count { get; }

    /// <summary>The bytes of field <paramref name="index"/> (unquoted), valid until the next row.</summary>
    public ReadOnlySpan<byte> this[int index] => _reader.GetSpan(index);

    /// <summary>True when field <paramref name="index"/> is missing: the rows of <see cref="IRowSource.ReadRows"/> hold null there.</summary>
    public bool IsMissing(int index) => MissingSpellings.IsMissingUtf8(_reader.GetSpan(index));

    /// <summary>The field as <see cref="IRowSource.ReadRows"/> gives it: null when missing, else its text.</summary>
    public string? GetString(int index) => IsMissing(index) ? null : _reader.GetString(index);

    /// <summary>The row as <see cref="IRowSource.ReadRows"/> gives it.</summary>
    public string?[] ToStrings()
    {
        var row = new string?[Count];
        for (var i = 0; i < row.Length; i++) row[i] = GetString(i);
        return row;
    }
}

/// <summary>Decodes UTF-8 fields into a caller's buffer, so values can be checked with the text parsers without a string.</summary>
public static class Utf8Text
{
    /// <summary>The characters of valid UTF-8 <paramref name="utf8"/>: in <paramref name="buffer"/> when they fit
    /// (a stack buffer of 128 chars holds almost every number, date and category), else in a new array.</summary>
    public static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> utf8, Span<char> buffer)
    {
        if (utf8.Length <= buffer.Length && Utf8.ToUtf16(utf8, buffer, out _, out var written) == System.Buffers.OperationStatus.Done)
            return buffer[..written];
        return Encoding.UTF8.GetString(utf8);
    }
}
