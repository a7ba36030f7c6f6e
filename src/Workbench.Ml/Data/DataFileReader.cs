namespace Workbench.Ml.Data;

/// <summary>Opens a data file for import: chooses the format, rejects files that are not readable text or Parquet,
/// reads and checks the header, and returns a source whose rows can be read as many times as needed.</summary>
public static class DataFileReader
{
    /// <summary>Opens <paramref name="path"/>. The format comes from <paramref name="options"/>, else from the extension
    /// (.csv, .tsv/.tab, .txt, .json, .jsonl/.ndjson, .parquet), else from the content: the Parquet magic "PAR1", or a
    /// first non-space character '[' or '{' for JSON, otherwise CSV with a detected delimiter.</summary>
    /// <exception cref="DataImportException">The file cannot be imported; the message names the problem, line and fix.</exception>
    public static IRowSource Open(string path, ReadOptions options)
    {
        if (!File.Exists(path))
            throw new DataImportException($"The file '{path}' does not exist. Check the path and try again.");
        try
        {
            return FieldLimit.Apply(OpenFile(path, options), options.MaxFieldChars);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataImportException(
                $"The file could not be read ({e.Message.TrimEnd('.')}). Check that you may read it and that no other program locks it.");
        }
    }

    private static IRowSource OpenFile(string path, ReadOptions options)
    {
        var sample = FileSniffer.Read(path);
        var format = options.Format ?? DetectFormat(path, sample);
        if (format == DataFormat.Parquet)
        {
            if (!sample.IsParquet)
                throw new DataImportException(
                    "The file is not a Parquet file: it does not start with the Parquet signature PAR1. " +
                    "Check that it was saved as Parquet, or choose its real format.");
            return ParquetRowSource.Open(path);
        }
        FileSniffer.CheckText(sample, path);
        if (format == DataFormat.Json) return JsonRowSource.Open(path, sample);
        var delimiter = options.Delimiter ?? (format == DataFormat.Tsv ? '\t' : null);
        return CsvRowSource.Open(path, format, delimiter, sample);
    }

    /// <summary>The format a file seems to have, from the Parquet signature, the extension, then the first character.</summary>
    internal static DataFormat DetectFormat(string path, FileSample sample)
    {
        if (sample.IsParquet) return DataFormat.Parquet;
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".csv" or ".txt": return DataFormat.Csv;
            case ".tsv" or ".tab": return DataFormat.Tsv;
            case ".json" or ".jsonl" or ".ndjson": return DataFormat.Json;
            case ".parquet" or ".pq": return DataFormat.Parquet;
        }
        if (sample.Encoding == TextEncoding.Utf8 && sample.Content.IndexOf((byte)0) >= 0) return DataFormat.Csv;
        return sample.FirstNonSpace() is '[' or '{' ? DataFormat.Json : DataFormat.Csv;
    }
}
