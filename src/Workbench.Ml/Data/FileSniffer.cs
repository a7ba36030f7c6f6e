using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Workbench.Ml.Data;

/// <summary>The text encoding of a file, from its byte order mark.</summary>
internal enum TextEncoding { Utf8, Utf16LittleEndian, Utf16BigEndian }

/// <summary>The start of a file, read once to choose the format and to reject files that are not text.</summary>
internal sealed record FileSample(byte[] Bytes, long FileLength, TextEncoding Encoding, int BomLength)
{
    /// <summary>How many bytes are sampled.</summary>
    public const int Size = 64 * 1024;

    /// <summary>True when the sample holds the whole file.</summary>
    public bool IsWholeFile => Bytes.Length >= FileLength;

    /// <summary>The sampled bytes after the byte order mark.</summary>
    public ReadOnlySpan<byte> Content => Bytes.AsSpan(BomLength);

    /// <summary>True when the file starts with the Parquet magic "PAR1".</summary>
    public bool IsParquet => Bytes.AsSpan().StartsWith("PAR1"u8);

    /// <summary>The first character that is not white space, or '\0' when there is none.</summary>
    public char FirstNonSpace()
    {
        if (Encoding == TextEncoding.Utf8)
        {
            var i = Content.IndexOfAnyExcept(" \t\r\n"u8);
            return i < 0 ? '\0' : (char)Content[i];
        }
        var text = Decode().TrimStart();
        return text.Length > 0 ? text[0] : '\0';
    }

    /// <summary>The sampled text after the byte order mark (a character cut off at the end decodes as U+FFFD).</summary>
    public string Text() => Encoding == TextEncoding.Utf8 ? System.Text.Encoding.UTF8.GetString(Content) : Decode();

    private string Decode() => Encoding == TextEncoding.Utf16BigEndian
        ? System.Text.Encoding.BigEndianUnicode.GetString(Content)
        : System.Text.Encoding.Unicode.GetString(Content);
}

/// <summary>Reads the start of a file and finds the problems that make it unreadable as text: empty, binary, not UTF-8.</summary>
internal static class FileSniffer
{
    private const string EncodingFix = "Save the file as UTF-8 (in Excel: Save As, \"CSV UTF-8\"; in a text editor: Save with encoding UTF-8) and import it again.";

    /// <summary>Reads up to <see cref="FileSample.Size"/> bytes and detects the byte order mark.</summary>
    public static FileSample Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[(int)Math.Min(FileSample.Size, stream.Length)];
        stream.ReadExactly(buffer);
        var (encoding, bom) = buffer switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (TextEncoding.Utf8, 3),
            [0xFF, 0xFE, 0, 0, ..] => throw new DataImportException(
                "The file is in UTF-32, which the workbench does not read. " + EncodingFix, 1),
            [0xFF, 0xFE, ..] => (TextEncoding.Utf16LittleEndian, 2),
            [0xFE, 0xFF, ..] => (TextEncoding.Utf16BigEndian, 2),
            _ => (TextEncoding.Utf8, 0),
        };
        return new FileSample(buffer, stream.Length, encoding, bom);
    }

    /// <summary>Throws when the sample shows an empty, binary or non-UTF-8 file.</summary>
    public static void CheckText(FileSample sample, string path)
    {
        var content = sample.Content;
        if (content.IndexOfAnyExcept(" \t\r\n"u8) < 0 && sample.IsWholeFile)
            throw new DataImportException("The file is empty. Choose a file with a header line and at least one row of data.", 1);
        if (sample.Encoding != TextEncoding.Utf8) return;
        var nul = content.IndexOf((byte)0);
        if (nul >= 0 || LooksBinary(content))
        {
            var at = nul >= 0 ? nul : content.Length - 1;
            var line = CountLines(content[..at]) + 1;
            throw new DataImportException(
                $"The file looks binary, not text (line {line} holds {(nul >= 0 ? "a NUL byte" : "many control or non-text bytes")}). " +
                "Import a CSV, TSV, JSON or Parquet file; save a spreadsheet as CSV UTF-8 first.", line);
        }
        var invalid = FirstInvalidUtf8(content, sample.IsWholeFile);
        if (invalid >= 0) throw NotUtf8(content, invalid, 0, sample.BomLength);
    }

    /// <summary>Finds the first invalid UTF-8 sequence in the whole file and returns the error naming its line.</summary>
    public static DataImportException FindNotUtf8(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[1 << 20];
        long lines = 0, offset = 0;
        int carry = 0, read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0 || carry > 0)
        {
            var length = carry + read;
            var final = read == 0;
            var span = buffer.AsSpan(0, length);
            var invalid = FirstInvalidUtf8(span, final);
            if (invalid >= 0) return NotUtf8(span, invalid, lines, 0, offset);
            var done = final ? length : CompleteUtf8Length(span);
            lines += CountLines(span[..done]);
            offset += done;
            carry = length - done;
            span[done..].CopyTo(buffer);
            if (final) break;
        }
        return new DataImportException("The file is not valid UTF-8 text. " + EncodingFix);
    }

    /// <summary>Number of line feeds in the bytes.</summary>
    public static long CountLines(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');

    private static DataImportException NotUtf8(ReadOnlySpan<byte> span, int invalid, long linesBefore, int bom, long offsetBefore = 0)
    {
        var line = linesBefore + CountLines(span[..invalid]) + 1;
        return new DataImportException(
            $"Line {line} is not valid UTF-8 text (byte 0x{span[invalid]:X2} at byte offset {offsetBefore + invalid + bom}): " +
            "the file is probably in another encoding such as Windows-1252 or Latin-1. " + EncodingFix, line);
    }

    /// <summary>Index of the first invalid UTF-8 byte, or -1. A sequence cut off at the end counts only when <paramref name="final"/>.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, bool final)
    {
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var consumed = 0;
            while (consumed < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[consumed..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: final);
                consumed += read;
                if (status == OperationStatus.InvalidData) return consumed;
                if (status == OperationStatus.NeedMoreData || status == OperationStatus.Done) return -1;
            }
            return -1;
        }
        finally { ArrayPool<char>.Shared.Return(chars); }
    }

    private static int CompleteUtf8Length(ReadOnlySpan<byte> span)
    {
        var end = span.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = span[end - back];
            if ((b & 0xC0) != 0x80) return (b & 0x80) == 0 ? end : end - back;
        }
        return end;
    }

    /// <summary>True when many bytes are control characters (over 5 %) or invalid UTF-8 (over 30 %, far more than the
    /// accented letters of a Latin-1 text).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return false;
        var control = 0;
        foreach (var b in bytes)
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) || b == 0x7F) control++;
        var invalid = System.Text.Encoding.UTF8.GetString(bytes).AsSpan().Count('\uFFFD');
        return control > 0.05 * bytes.Length || invalid > 0.3 * bytes.Length;
    }
}
