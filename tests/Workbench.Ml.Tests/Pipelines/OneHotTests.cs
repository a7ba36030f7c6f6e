using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using static Workbench.Ml.Tests.Pipelines.PipelineTables;

namespace Workbench.Ml.Tests.Pipelines;

public class OneHotTests
{
    private static TabularData Unseen() => new("test",
    [
        DataColumn.Text("city", ColumnType.Categorical, ["rome", "lima", null, "oslo"]),
        DataColumn.Text("smoker", ColumnType.Categorical, ["yes", "no", "maybe", "no"]),
    ]);

    [Fact]
    public void DropIfBinary_MatchesOneHotEncoderCategoriesAndNames()
    {
        var fitted = new PipelineSpec([new OneHotStep(["city", "smoker"])]).Fit(Sample());
        var e = ((FittedOneHot)fitted.Steps[0]).Encodings;
        // OneHotEncoder(drop="if_binary", handle_unknown="ignore").fit(np.c_[city, smoker]).categories_
        //   -> [['oslo','paris','rome',None], ['no','yes']]; drop_idx_ -> [None, 0]
        Assert.Equal(["oslo", "paris", "rome", null], e[0].Categories);
        Assert.Null(e[0].Dropped);
        Assert.Equal("no", e[1].Dropped);
        // get_feature_names_out -> city_oslo, city_paris, city_rome, city_None (ours: city_nan, as for np.nan), smoker_yes
        Assert.Equal(["city_oslo", "city_paris", "city_rome", "city_nan", "smoker_yes"], fitted.Transform(Sample()).Columns.Select(c => c.Name).Skip(2).Take(5));
    }

    [Fact]
    public void UnseenCategories_GiveAllZeros()
    {
        var output = new PipelineSpec([new OneHotStep(["city", "smoker"])]).Fit(Sample()).Transform(Unseen());
        // enc.transform([["rome","yes"],["lima","no"],[None,"maybe"],["oslo","no"]])
        double[][] expected = [[0, 0, 1, 0, 1], [0, 0, 0, 0, 0], [0, 0, 0, 1, 0], [1, 0, 0, 0, 0]];
        for (var r = 0; r < 4; r++)
            Assert.Equal(expected[r], output.Columns.Select(c => c.Numbers![r]));
    }

    [Fact]
    public void WithoutDrop_KeepsBothBinaryColumns()
    {
        var output = new PipelineSpec([new OneHotStep(["smoker"], DropIfBinary: false)]).Fit(Sample()).Transform(Sample());
        // OneHotEncoder(handle_unknown="ignore").fit_transform(np.c_[smoker])[:3]
        Assert.Equal([1.0, 0, 1], output["smoker_no"].Numbers!.Take(3));
        Assert.Equal([0.0, 1, 0], output["smoker_yes"].Numbers!.Take(3));
    }

    [Fact]
    public void IntegerColumn_OrdersCategoriesByValue()
    {
        var table = new TabularData("t", [DataColumn.Numeric("n", ColumnType.Integer, [10, 9, 100, 9])]);
        var fitted = new PipelineSpec([new OneHotStep(["n"])]).Fit(table);
        // OneHotEncoder().fit(np.c_[[10, 9, 100, 9]]).categories_ -> [9, 10, 100]
        Assert.Equal(["9", "10", "100"], ((FittedOneHot)fitted.Steps[0]).Encodings[0].Categories);
        Assert.Equal([0.0, 1, 0, 1], fitted.Transform(table)["n_9"].Numbers!);
    }
}
