using System.Text.Json;
using System.Text.Unicode;

namespace Workbench.Ml.Data;

/// <summary>Streams the objects of a JSON file, either a top-level array of objects or JSON Lines (one object per line),
/// with System.Text.Json's reader over a growing buffer, so a file is never held in memory whole.</summary>
/// <remarks><c>JsonSerializer.DeserializeAsyncEnumerable</c> streams the same values but gives no position for each
/// one; every import message names the line of the record at fault, so the reader tracks lines itself.</remarks>
internal sealed class JsonRecordReader : IDisposable
{
    private readonly Stream stream;
    private readonly bool lines;
    private byte[] buffer = new byte[64 * 1024];
    private int start, end;
    private bool finalBlock, started, closed, finished;
    private JsonReaderState state;
    private int countedTo;      // buffer index up to which line feeds are counted
    private long linesAtCounted; // line feeds in the file before countedTo
    private long itemNumber;
    private long totalRead;

    /// <summary>Opens a reader; <paramref name="lines"/> selects JSON Lines instead of an array.</summary>
    public JsonRecordReader(Stream stream, bool lines)
    {
        this.stream = stream;
        this.lines = lines;
        state = new JsonReaderState(new JsonReaderOptions
        {
            AllowMultipleValues = lines,
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
    }

    /// <summary>Bytes of the file consumed so far, for progress.</summary>
    public long Position => totalRead - (end - start);

    /// <summary>Reads the next object; false at the end of the data.</summary>
    /// <param name="record">The object (dispose it after use).</param>
    /// <param name="line">The 1-based line where the object starts.</param>
    public bool TryNext(out JsonDocument? record, out long line)
    {
        record = null;
        line = 0;
        if (finished) return false;
        try
        {
            while (true)
            {
                var outcome = Step(ref record, ref line);
                if (outcome is not null) return outcome.Value;
                Refill();
            }
        }
        catch (JsonException e)
        {
            var at = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new DataImportException(
                $"Line {at}, position {column}: the file is not valid JSON ({FirstSentence(e.Message)}). " +
                "Fix the JSON there (a missing comma, quote or bracket is the usual cause) and import it again.", at);
        }
    }

    /// <summary>One attempt on the buffered bytes: true/false when decided, null when more input is needed.</summary>
    private bool? Step(ref JsonDocument? record, ref long line)
    {
        if (closed) return EndOfData();
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
        if (!lines && !started)
        {
            if (!reader.Read()) return finalBlock ? throw NotArray("nothing") : null;
            if (reader.TokenType != JsonTokenType.StartArray) throw NotArray(Describe(reader.TokenType));
            started = true;
            Commit(ref reader);
            reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
        }
        if (!reader.Read())
        {
            if (!finalBlock) return null;
            finished = true;
            return false;
        }
        if (!lines && reader.TokenType == JsonTokenType.EndArray)
        {
            Commit(ref reader);
            closed = true;
            return EndOfData();
        }
        var tokenStart = (int)reader.TokenStartIndex;
        var tokenLine = LineAt(start + tokenStart);
        if (reader.TokenType != JsonTokenType.StartObject) throw NotObject(reader.TokenType, tokenLine);
        if (!JsonDocument.TryParseValue(ref reader, out var document)) return null;
        var bytes = buffer.AsSpan(start + tokenStart, (int)reader.BytesConsumed - tokenStart);
        if (!Utf8.IsValid(bytes))
            throw new DataImportException(
                $"Line {tokenLine} is not valid UTF-8 text. Save the file as UTF-8 and import it again.", tokenLine);
        if (lines && bytes.Contains((byte)'\n'))
        {
            document.Dispose();
            throw new DataImportException(
                $"Line {tokenLine} starts a JSON object that spans several lines, but JSON Lines needs one object per line. " +
                "Write each record on one line, or save the records as a JSON array: [ {...}, {...} ].", tokenLine);
        }
        Commit(ref reader);
        itemNumber++;
        record = document;
        line = tokenLine;
        return true;
    }

    /// <summary>After the array: only white space may follow (the reader throws for anything else).</summary>
    private bool? EndOfData()
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
        if (reader.Read())
        {
            var line = LineAt(start + (int)reader.TokenStartIndex);
            throw new DataImportException(
                $"Line {line}: there is more JSON after the end of the array. Put all records inside one array [ ... ].", line);
        }
        if (!finalBlock) return null;
        finished = true;
        return false;
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    private void Refill()
    {
        if (finalBlock) throw new DataImportException("The JSON ends in the middle of a value. Check that the file is complete.");
        if (start > 0)
        {
            if (countedTo < start) LineAt(start);
            countedTo -= start;
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        var read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        totalRead += read;
        if (read == 0) finalBlock = true;
    }

    private long LineAt(int index)
    {
        linesAtCounted += FileSniffer.CountLines(buffer.AsSpan(countedTo, index - countedTo));
        countedTo = index;
        return linesAtCounted + 1;
    }

    private DataImportException NotArray(string found) => new(
        $"The JSON file holds {found}, not an array of objects. Save the records as [ {{\"column\": value, ...}}, ... ] " +
        "or as JSON Lines (one object per line).", 1);

    private DataImportException NotObject(JsonTokenType token, long line) => lines
        ? new($"Line {line} holds {Describe(token)}, not a JSON object. JSON Lines needs one object per line, " +
              "such as {\"column\": value}.", line)
        : new($"Item {itemNumber + 1} of the JSON array (line {line}) is {Describe(token)}, not an object. " +
              "Every item must be an object such as {\"column\": value}.", line);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "something else",
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    public void Dispose() => stream.Dispose();
}
