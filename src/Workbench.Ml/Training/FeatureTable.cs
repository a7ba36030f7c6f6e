using Microsoft.ML;
using Microsoft.ML.Data;

namespace Workbench.Ml.Training;

/// <summary>The featurized training rows held in memory: the Features vector of every row (with the featurizer's slot
/// names and categorical slot ranges) and the Label, as a root <see cref="IDataView"/>.</summary>
/// <remarks>Learners read their training rows several times (bin sampling, loading, calibration). Reading the
/// featurizer's output once, on this thread (<see cref="SerialCursor"/>), and handing the learner a view with no
/// transforms above it spares each of those passes the featurizer and ML.NET's split-and-consolidate threads. It also
/// gives the explainer the vectors it needs for covers and means without another pass.</remarks>
internal sealed class FeatureTable : IDataView
{
    private readonly float[][] _features;
    private readonly object _labels;

    private FeatureTable(DataViewSchema schema, float[][] features, object labels)
    {
        Schema = schema;
        _features = features;
        _labels = labels;
    }

    /// <summary>Reads Features and Label of <paramref name="featurized"/> in one pass.</summary>
    public static FeatureTable Read(IDataView featurized)
    {
        var features = featurized.Schema["Features"];
        var label = featurized.Schema["Label"];
        var rows = (int)(featurized.GetRowCount() ?? throw new InvalidOperationException("The featurized view has no row count."));
        var vectors = new float[rows][];
        object labels = label.Type is BooleanDataViewType ? new bool[rows] : new float[rows];
        using (var cursor = SerialCursor.Open(featurized, features, label))
        {
            var getFeatures = cursor.GetGetter<VBuffer<float>>(features);
            var buffer = default(VBuffer<float>);
            var getBool = labels is bool[]? cursor.GetGetter<bool>(label) : null;
            var getFloat = labels is float[]? cursor.GetGetter<float>(label) : null;
            for (var r = 0; cursor.MoveNext(); r++)
            {
                getFeatures(ref buffer);
                var row = new float[buffer.Length];
                buffer.CopyTo(row);
                vectors[r] = row;
                if (labels is bool[] b) { var v = false; getBool!(ref v); b[r] = v; }
                else { var v = 0f; getFloat!(ref v); ((float[])labels)[r] = v; }
            }
        }
        var builder = new DataViewSchema.Builder();
        builder.AddColumn("Features", features.Type, features.Annotations);
        builder.AddColumn("Label", label.Type, label.Annotations);
        return new FeatureTable(builder.ToSchema(), vectors, labels);
    }

    /// <summary>The Features vector of every row, as doubles.</summary>
    public double[][] Vectors() => Array.ConvertAll(_features, row => Array.ConvertAll(row, x => (double)x));

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _features.Length;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new Cursor(this, columnsNeeded);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded, rand)];

    private sealed class Cursor(FeatureTable table, IEnumerable<DataViewSchema.Column> needed)
        : RowIndexCursor(table.Schema, table._features.Length, needed)
    {
        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) => As<TValue>(column.Index == 0
            ? (ValueGetter<VBuffer<float>>)((ref VBuffer<float> value) =>
            {
                var row = table._features[Row];
                var editor = VBufferEditor.Create(ref value, row.Length);
                row.CopyTo(editor.Values);
                value = editor.Commit();
            })
            : table._labels is bool[] b
                ? (ValueGetter<bool>)((ref bool value) => value = b[Row])
                : (ValueGetter<float>)((ref float value) => value = ((float[])table._labels)[Row]), column);
    }
}
