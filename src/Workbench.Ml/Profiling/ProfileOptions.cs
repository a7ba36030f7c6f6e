namespace Workbench.Ml.Profiling;

/// <summary>Settings of a dataset profile; the defaults are ydata-profiling's.</summary>
public sealed record ProfileOptions
{
    /// <summary>Storage size of the dataset in bytes, as measured by the store (reported as is; 0 if unknown).</summary>
    public long SizeBytes { get; init; }

    /// <summary>Largest number of equal-width bins of a numeric histogram (ydata uses min(bins, distinct values)).</summary>
    public int HistogramBins { get; init; } = Defaults.HistogramBins;

    /// <summary>Number of most frequent values kept per column, and of bars before "(other)" in a category chart.</summary>
    public int TopValues { get; init; } = Defaults.TopValues;

    /// <summary>Number of rows shown at the head and at the tail of the dataset.</summary>
    public int SampleRows { get; init; } = Defaults.SampleRows;

    /// <summary>Largest number of evenly spaced rows in the missing-values matrix.</summary>
    public int MissingMatrixRows { get; init; } = Defaults.MissingMatrixRows;

    /// <summary>Categorical and Boolean columns take part in Cramér's V only with 2 to this many distinct values.</summary>
    public int CramersMaxDistinct { get; init; } = Defaults.CramersMaxDistinct;

    /// <summary>Number of most repeated rows listed.</summary>
    public int TopDuplicates { get; init; } = Defaults.TopDuplicates;

    /// <summary>The thresholds at which alerts fire.</summary>
    public AlertThresholds Alerts { get; init; } = new();

    /// <summary>Default values, from ydata-profiling's <c>config_default.yaml</c>.</summary>
    public static class Defaults
    {
        /// <summary><c>plot.histogram.bins: 50</c>.</summary>
        public const int HistogramBins = 50;

        /// <summary><c>n_freq_table_max: 10</c>.</summary>
        public const int TopValues = 10;

        /// <summary><c>samples.head: 10</c> and <c>samples.tail: 10</c>.</summary>
        public const int SampleRows = 10;

        /// <summary>Rows in the missing-values matrix (a chart of more rows is unreadable).</summary>
        public const int MissingMatrixRows = 500;

        /// <summary><c>categorical_maximum_correlation_distinct: 100</c>.</summary>
        public const int CramersMaxDistinct = 100;

        /// <summary><c>duplicates.head: 10</c>.</summary>
        public const int TopDuplicates = 10;
    }
}

/// <summary>Thresholds of the data-quality alerts; the defaults are ydata-profiling's.</summary>
public sealed record AlertThresholds
{
    /// <summary>MISSING, ZEROS and INFINITE fire when the share of all rows is above this (<c>alert_value</c>: &gt; 0.01).</summary>
    public double Share { get; init; } = Defaults.Share;

    /// <summary>DUPLICATES fires when the number of duplicate rows is above this (ydata passes the count, so any duplicate).</summary>
    public double Duplicates { get; init; } = Defaults.Duplicates;

    /// <summary>SKEWED fires when |skewness| is above this (<c>vars.num.skewness_threshold: 20</c>).</summary>
    public double Skewness { get; init; } = Defaults.Skewness;

    /// <summary>HIGH_CARDINALITY fires for a categorical column with more distinct values (<c>vars.cat.cardinality_threshold: 50</c>).</summary>
    public long Cardinality { get; init; } = Defaults.Cardinality;

    /// <summary>HIGH_CORRELATION fires when |correlation| is at least this (<c>correlations.*.threshold: 0.9</c>, compared with &gt;=).</summary>
    public double Correlation { get; init; } = Defaults.Correlation;

    /// <summary>IMBALANCE fires when the entropy-based imbalance score is above this (<c>imbalance_threshold: 0.5</c>).</summary>
    public double Imbalance { get; init; } = Defaults.Imbalance;

    /// <summary>UNIFORM fires when the chi-square goodness-of-fit p-value is above this (<c>chi_squared_threshold: 0.999</c>).</summary>
    public double UniformPValue { get; init; } = Defaults.UniformPValue;

    /// <summary>Default values, from ydata-profiling's <c>config_default.yaml</c> and <c>model/alerts.py</c>.</summary>
    public static class Defaults
    {
        /// <summary>1 % of rows.</summary>
        public const double Share = 0.01;

        /// <summary>Any duplicate row (count &gt; 0.01).</summary>
        public const double Duplicates = 0.01;

        /// <summary>|γ1| &gt; 20.</summary>
        public const double Skewness = 20;

        /// <summary>More than 50 distinct values.</summary>
        public const long Cardinality = 50;

        /// <summary>|r| ≥ 0.9.</summary>
        public const double Correlation = 0.9;

        /// <summary>Imbalance score &gt; 0.5.</summary>
        public const double Imbalance = 0.5;

        /// <summary>p &gt; 0.999.</summary>
        public const double UniformPValue = 0.999;
    }
}
