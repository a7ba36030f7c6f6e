namespace Workbench.Ml.Pipelines;

/// <summary>How an <see cref="ImputeStep"/> chooses the fill value.</summary>
public enum ImputeStrategy
{
    /// <summary>The mean of the present values (numeric columns).</summary>
    Mean,
    /// <summary>The median of the present values (numeric columns).</summary>
    Median,
    /// <summary>The most frequent value; the smallest of equally frequent ones.</summary>
    MostFrequent,
    /// <summary>A given constant: 0 / "missing_value" unless set.</summary>
    Constant,
}

/// <summary>The scaler of a <see cref="ScaleStep"/>.</summary>
public enum ScaleMethod
{
    /// <summary>(x − mean) / population standard deviation.</summary>
    Standard,
    /// <summary>(x − min) / (max − min).</summary>
    MinMax,
    /// <summary>(x − median) / (Q3 − Q1), quantiles by linear interpolation.</summary>
    Robust,
}

/// <summary>The transform of a <see cref="PowerStep"/>.</summary>
public enum PowerMethod
{
    /// <summary>Yeo-Johnson with the maximum-likelihood lambda, then standardised.</summary>
    YeoJohnson,
    /// <summary>log(1 + x).</summary>
    Log1p,
}

/// <summary>How a <see cref="BinStep"/> places the bin edges.</summary>
public enum BinStrategy
{
    /// <summary>Equal-width bins between the training minimum and maximum.</summary>
    Uniform,
    /// <summary>Bins holding equal shares of the training values (edges at linear quantiles).</summary>
    Quantile,
}
