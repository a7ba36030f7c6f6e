namespace Workbench.Ml.Data;

/// <summary>Chooses the CSV separator among , tab ; | from the first records of a file, splitting each record the way
/// the reader will for each candidate: a quote opens a quoted field only at the start of a field, elsewhere it is text.</summary>
/// <remarks>CsvHelper's own detection (a null <c>Separator</c>) is not used: it picks ';' for a header with a stray
/// quote and semicolons inside an unquoted field, ';' over tab when both split every line alike, and ',' for a file
/// whose 51st record has no comma; the tests of this class hold those cases.</remarks>
internal static class SeparatorDetector
{
    /// <summary>The candidates in order of preference when several fit equally well.</summary>
    public static readonly char[] Candidates = [',', '\t', ';', '|'];

    /// <summary>How many records are sampled.</summary>
    public const int MaxRecords = 100;

    /// <summary>The separator for <paramref name="text"/>, the start of a file (the whole file when
    /// <paramref name="complete"/>); null when it starts with Excel's "sep=" line, which the reader handles.</summary>
    /// <remarks>A candidate that splits every sampled record into the same number (more than one) of fields wins;
    /// among those, the first in <see cref="Candidates"/>. When none is consistent, the one that gives the header's
    /// field count (more than one) on the most records wins, so the reader reports the first ragged line.</remarks>
    public static char? Detect(string text, bool complete)
    {
        if (text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase)) return null;
        char? best = null;
        var bestMatches = 0;
        foreach (var candidate in Candidates)
        {
            var counts = FieldCounts(text, candidate, complete);
            if (counts.Count == 0 || counts[0] < 2) continue;
            var matches = counts.Count(c => c == counts[0]);
            if (matches == counts.Count) return candidate;
            if (matches > bestMatches) (best, bestMatches) = (candidate, matches);
        }
        return best ?? ',';
    }

    /// <summary>The field count of each non-blank record among the first <see cref="MaxRecords"/>; a record cut off
    /// at the end of an incomplete sample is left out, unless it is the only one (a header longer than the sample).</summary>
    internal static List<int> FieldCounts(string text, char separator, bool complete)
    {
        var counts = new List<int>();
        var i = 0;
        while (i < text.Length && counts.Count < MaxRecords)
        {
            var (fields, blank, next, ended) = ReadRecord(text, i, separator);
            if (!ended && !complete && counts.Count > 0) break;
            if (!blank) counts.Add(fields);
            i = next;
        }
        return counts;
    }

    /// <summary>Reads one record from <paramref name="start"/>: its field count, whether it is blank, where the next
    /// record starts, and whether a line break ended it.</summary>
    private static (int Fields, bool Blank, int Next, bool Ended) ReadRecord(string text, int start, char separator)
    {
        var fields = 1;
        var blank = true;
        var i = start;
        var fieldStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (fieldStart && c == '"')
            {
                blank = false;
                i = SkipQuoted(text, i + 1);
                if (i < 0) return (fields, false, text.Length, false);
                fieldStart = false;
                continue;
            }
            if (c == '\n' || c == '\r')
            {
                var next = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
                return (fields, blank && fields == 1, next, true);
            }
            if (c == separator) { fields++; fieldStart = true; }
            else fieldStart = false;
            if (c is not (' ' or '\t')) blank = false;
            i++;
        }
        return (fields, blank && fields == 1, text.Length, false);
    }

    /// <summary>The position after the closing quote of a quoted field whose content starts at <paramref name="i"/>
    /// (a doubled quote is text), or -1 when the quote is never closed.</summary>
    private static int SkipQuoted(string text, int i)
    {
        while (true)
        {
            var q = text.IndexOf('"', i);
            if (q < 0) return -1;
            if (q + 1 < text.Length && text[q + 1] == '"') { i = q + 2; continue; }
            return q + 1;
        }
    }
}
