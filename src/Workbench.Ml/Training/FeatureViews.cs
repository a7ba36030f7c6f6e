using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Training;

/// <summary>Turns tables into the ML.NET input view of a model: original columns → fitted pipeline → one float or text
/// column per feature column (plus the Label when given).</summary>
internal static class FeatureViews
{
    /// <summary>The model's original input columns taken from <paramref name="data"/>, checked against the schema.</summary>
    /// <exception cref="TrainingException">A column is missing or has text where numbers are needed.</exception>
    public static TabularData Inputs(TabularData data, IReadOnlyList<ModelInputColumn> schema)
    {
        var columns = new List<DataColumn>(schema.Count);
        foreach (var input in schema)
        {
            var column = data.Columns.FirstOrDefault(c => c.Name == input.Name) ?? throw new TrainingException(
                $"The table '{data.Name}' has no column '{input.Name}', which the model needs. Needed columns: {string.Join(", ", schema.Select(s => s.Name))}.");
            if (input.Type.IsNumeric() && column.Numbers is null)
                throw new TrainingException($"Column '{input.Name}' is {column.Type.ToName()} here but was {input.Type.ToName()} in training; give numbers.");
            if (!input.Type.IsNumeric() && column.Numbers is not null)
                column = DataColumn.Text(column.Name, input.Type, Enumerable.Range(0, column.Length).Select(column.Format).ToArray());
            columns.Add(column);
        }
        return new TabularData(data.Name, columns);
    }

    /// <summary>Applies the fitted pipeline, turning its errors into training errors.</summary>
    public static TabularData Transform(FittedPipeline? pipeline, TabularData inputs)
    {
        if (pipeline is null) return inputs;
        try { return pipeline.Transform(inputs); }
        catch (PipelineException e) { throw new TrainingException($"The feature pipeline cannot transform '{inputs.Name}': {e.Message}", e); }
    }

    /// <summary>The ML.NET view of the feature columns of a transformed table, with an optional Label column.</summary>
    public static ColumnarDataView View(TabularData transformed, IReadOnlyList<FeatureColumn> features, ViewColumn? label = null)
    {
        var columns = new List<ViewColumn>(features.Count + 1);
        for (var i = 0; i < features.Count; i++)
        {
            var column = transformed.Columns.FirstOrDefault(c => c.Name == features[i].Name) ?? throw new TrainingException(
                $"After the feature pipeline, column '{features[i].Name}' is missing from '{transformed.Name}'.");
            var name = ModelMetadata.ViewName(i);
            columns.Add(features[i].IsText
                ? new ViewColumn(name, Texts: column.Strings ?? Enumerable.Range(0, column.Length).Select(column.Format).ToArray())
                : new ViewColumn(name, Floats: column.Numbers is { } n ? Array.ConvertAll(n, x => (float)x)
                    : throw new TrainingException($"Column '{column.Name}' must be numeric after the feature pipeline.")));
        }
        if (label is not null) columns.Add(label);
        return new ColumnarDataView(columns, transformed.RowCount);
    }
}
