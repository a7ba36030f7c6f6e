namespace Workbench.Ml.Data;

/// <summary>The file formats the workbench reads and writes.</summary>
public enum DataFormat
{
    Csv,
    Tsv,
    Json,
    Parquet,
}
