using CsvHelper;

namespace Workbench.Ml.Data;

/// <summary>The messages for malformed CSV and TSV input: what is wrong, on which line, and how to fix it.</summary>
internal static class CsvErrors
{
    /// <summary>A row whose field count differs from the header's.</summary>
    public static DataImportException Ragged(long line, int fields, int expected, char separator)
    {
        var sep = SeparatorName(separator);
        var hint = fields > expected
            ? $"Check for an unquoted {sep} inside a value (put such values in double quotes) or a missing quote on that line."
            : $"Check for a missing {sep}, a missing quote, or a row cut short on that line.";
        return new DataImportException($"Line {line} has {fields} field{(fields == 1 ? "" : "s")} but the header has {expected}. {hint}", line);
    }

    /// <summary>A record with broken quoting, reported by the reader's callback.</summary>
    public static DataImportException Malformed(CsvMalformedRecord record) => record.Reason switch
    {
        CsvMalformedReason.UnterminatedQuote => new DataImportException(
            $"Line {record.LineNumber} opens a quoted field that is never closed. Add the missing closing quote (\"), " +
            "or double any quote that is part of a value (\"\").", record.LineNumber),
        CsvMalformedReason.TextAfterClosingQuote => new DataImportException(
            $"Line {record.LineNumber} has text right after the closing quote of a field. Quote the whole value and " +
            "double any quote inside it (\"\"), e.g. \"5\"\" pipe\".", record.LineNumber),
        _ => new DataImportException(
            $"Line {record.LineNumber} has malformed quoting ({record.Reason}). Quote values that contain the separator, " +
            "quotes or line breaks, and double any quote inside them (\"\").", record.LineNumber),
    };

    /// <summary>A problem the reader threw for (a record too large to buffer, usually an unclosed quote).</summary>
    public static DataImportException Malformed(CsvFormatException e)
    {
        var line = e.LineNumber > 0 ? e.LineNumber : (long?)null;
        var where = line is null ? "The file" : $"Line {line}";
        var problem = e.Message.Contains("MaxRecordSize", StringComparison.Ordinal)
            ? $"{where} starts a record longer than {CsvRowSource.MaxRecordBytes / (1024 * 1024)} MB"
            : $"{where} could not be read as CSV ({e.Message.TrimEnd('.')})";
        return new DataImportException(
            $"{problem}, which usually means a quoted field there is never closed. Add the missing closing quote (\"), " +
            "or double any quote that is part of a value (\"\").", line);
    }

    private static string SeparatorName(char separator) => separator switch
    {
        ',' => "comma",
        ';' => "semicolon",
        '\t' => "tab",
        '|' => "'|'",
        _ => $"'{separator}'",
    };
}
