using System.Text.Json;

namespace Workbench.Ml.Data;

/// <summary>A JSON file: an array of objects or JSON Lines. Columns are the union of the keys, in order of first
/// appearance; a key absent from an object is missing. Numbers and booleans become their text, nested objects and
/// arrays their JSON text.</summary>
internal sealed class JsonRowSource : IRowSource, ILineTracking
{
    private const int CheckEveryRows = 4096;
    private readonly string path;
    private readonly bool lines;
    private readonly FileSample sample;
    private readonly Dictionary<string, int> index;

    private JsonRowSource(string path, bool lines, FileSample sample, IReadOnlyList<string> names)
    {
        this.path = path;
        this.lines = lines;
        this.sample = sample;
        ColumnNames = names;
        index = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++) index[names[i]] = i;
    }

    public DataFormat Format => DataFormat.Json;
    public IReadOnlyList<string> ColumnNames { get; }
    public IReadOnlyList<ColumnType>? DeclaredTypes => null;
    public long CurrentLine { get; private set; }

    /// <summary>Opens the file and reads it once to collect the keys, which also checks that it is valid.</summary>
    public static JsonRowSource Open(string path, FileSample sample)
    {
        var lines = sample.FirstNonSpace() != '[';
        var names = new List<string>();
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        long rows = 0;
        using (var reader = new JsonRecordReader(OpenStream(path, sample), lines))
        {
            while (reader.TryNext(out var record, out var line))
            {
                using (record)
                    foreach (var property in record!.RootElement.EnumerateObject())
                        if (exact.Add(property.Name)) AddKey(property.Name, line, names, firstLine);
                rows++;
            }
        }
        if (rows == 0)
            throw new DataImportException("The JSON file holds no records. Add at least one object such as {\"column\": value}.", 1);
        if (names.Count == 0)
            throw new DataImportException("The JSON objects have no keys, so there are no columns. Give the objects keys such as {\"column\": value}.", 1);
        HeaderRules.Validate(names, null, "(the keys of the JSON objects)");
        return new JsonRowSource(path, lines, sample, names);
    }

    public IEnumerable<string?[]> ReadRows(IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        using var reader = new JsonRecordReader(OpenStream(path, sample), lines);
        var length = new FileInfo(path).Length;
        long rows = 0;
        while (reader.TryNext(out var record, out var line))
        {
            var row = new string?[ColumnNames.Count];
            using (record)
                foreach (var property in record!.RootElement.EnumerateObject())
                {
                    if (!index.TryGetValue(property.Name, out var i))
                        throw new DataImportException($"Line {line} has the key '{property.Name}', which was not in the file when it was opened. The file changed while it was read: import it again.", line);
                    row[i] = Text(property.Value);
                }
            CurrentLine = line;
            if (++rows % CheckEveryRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(Math.Min(1.0, (double)reader.Position / Math.Max(1, length)));
            }
            yield return row;
        }
        progress?.Report(1.0);
    }

    private static void AddKey(string name, long line, List<string> names, Dictionary<string, long> firstLine)
    {
        if (firstLine.TryGetValue(name, out var seen))
        {
            var other = names.First(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            throw new DataImportException(
                $"The keys '{other}' (first on line {seen}) and '{name}' (line {line}) differ only in case, but column names " +
                "are compared ignoring case. Use one spelling for the key in every object.", line);
        }
        firstLine[name] = line;
        names.Add(name);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => MissingSpellings.Normalize(value.GetString()),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    private static Stream OpenStream(string path, FileSample sample)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        stream.Position = sample.BomLength;
        return sample.Encoding switch
        {
            TextEncoding.Utf16LittleEndian => System.Text.Encoding.CreateTranscodingStream(stream, System.Text.Encoding.Unicode, System.Text.Encoding.UTF8),
            TextEncoding.Utf16BigEndian => System.Text.Encoding.CreateTranscodingStream(stream, System.Text.Encoding.BigEndianUnicode, System.Text.Encoding.UTF8),
            _ => stream,
        };
    }
}
