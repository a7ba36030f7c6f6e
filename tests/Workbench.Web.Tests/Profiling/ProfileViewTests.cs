using Bunit;
using Workbench.Ml.Data;
using Workbench.Ml.Profiling;
using MissingValues = Workbench.Ml.Profiling.MissingValues;
using Workbench.Web.Profiling;
using Workbench.Web.Tests.Datasets;

namespace Workbench.Web.Tests.Profiling;

public class ProfileViewTests : ComponentTestContext
{
    private const string Hostile = "<script>alert('x')</script>";

    private static readonly ColumnProfile Age = new("age", ColumnType.Real, 4, 4, 1, 0.2,
        new NumericSummary(Mean: 37.5, Std: 12.909944487358056, Min: 20, Q05: 21.5, Q25: 27.5, Median: 40, Q75: 50,
            Q95: 50, Max: 50, Skewness: -0.3750367, Kurtosis: -2.6437, Zeros: 0, Infinite: 0, Sum: 150),
        [new ValueCount("20", 1, 0.25)], new Histogram([20, 35, 50], [2, 2]));

    private static readonly ColumnProfile Joined = new("joined", ColumnType.Date, 5, 2, 0, 0,
        new NumericSummary(Mean: 19723, Std: 0.5, Min: 19723, Q05: 19723, Q25: 19723, Median: 19723, Q75: 19724,
            Q95: 19724, Max: 19724, Skewness: null, Kurtosis: null, Zeros: 0, Infinite: 0, Sum: 98617),
        [], null);

    private static readonly ColumnProfile Evil = new(Hostile, ColumnType.Categorical, 5, 1, 0, 0, null,
        [new ValueCount("<b>x</b>", 5, 1.0)], new Histogram([], [5], ["<b>x</b>"]));

    private static DatasetProfile Profile() => new("people",
        new ProfileOverview(Rows: 1234, ColumnCount: 3, MissingCells: 1, MissingShare: 1 / 15.0, DuplicateRows: 2,
            DuplicateShare: 0.4, SizeBytes: 4096, new Dictionary<string, int> { ["real"] = 1, ["date"] = 1, ["categorical"] = 1 }),
        [
            new ProfileAlert("MISSING", "age", "age has 1 (20.0 %) missing values (threshold 1 %)."),
            new ProfileAlert("CONSTANT", Hostile, $"{Hostile} has a single value."),
        ],
        [Age, Joined, Evil],
        [new CorrelationMatrix("pearson", ["age"], [[1.0]])],
        new MissingValues([new ValueCount("age", 1, 0.2)], [0, 1], [[true, false, false], [false, false, false]]),
        new SampleRows(["age", "joined", Hostile], [["20", "2024-01-01", "<b>x</b>"]]),
        new SampleRows(["age", "joined", Hostile], [[null, "2024-01-02", "<b>x</b>"]]),
        [new DuplicateRow(["20", "2024-01-01", "<b>x</b>"], 2)]);

    [Fact]
    public void Overview_ShowsCardsAndAlerts()
    {
        var cut = RenderWithPopovers<ProfileView>(p => p.Add(x => x.Profile, Profile()));

        var cards = cut.Find("#overview-cards").TextContent;
        Assert.Contains("1,234", cards);
        Assert.Contains("6.7 %", cards);   // 1 missing cell of 15
        Assert.Contains("4 KB", cards);
        var alerts = cut.Find("#alerts").TextContent;
        Assert.Contains("MISSING", alerts);
        Assert.Contains("age has 1 (20.0 %) missing values", alerts);
        Assert.Contains("CONSTANT", alerts);
    }

    [Fact]
    public void VariableCard_ShowsFormattedStatistics()
    {
        var cut = RenderWithPopovers<VariableCard>(p => p.Add(x => x.Column, Age));

        var stats = cut.FindAll(".wb-stats tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal("4", stats["Count"]);
        Assert.Equal("1 (20 %)", stats["Missing"]);
        Assert.Equal("37.5", stats["Mean"]);
        Assert.Equal("12.9099", stats["Std"]);
        Assert.Equal("21.5", stats["5 %"]);
        Assert.Equal("40", stats["Median"]);
        Assert.Equal("-0.375", stats["Skewness"]);
        Assert.Equal("150", stats["Sum"]);
        Assert.Single(cut.FindAll("#variable-chart-0"));
    }

    [Fact]
    public void DateColumn_ShowsDatesAndSpreadInDays()
    {
        var cut = RenderWithPopovers<VariableCard>(p => p.Add(x => x.Column, Joined));

        var stats = cut.FindAll(".wb-stats tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal("2024-01-01", stats["Min"]);   // 19723 days after 1970-01-01
        Assert.Equal("2024-01-02", stats["Max"]);
        Assert.Equal("0.5 days", stats["Std"]);
        Assert.Equal("—", stats["Skewness"]);
        Assert.False(stats.ContainsKey("Sum"));
    }

    [Fact]
    public void HostileColumnNameAndValues_AreShownAsText()
    {
        var cut = RenderWithPopovers<ProfileView>(p => p.Add(x => x.Profile, Profile()));
        var card = RenderWithPopovers<VariableCard>(p => p.Add(x => x.Column, Evil).Add(x => x.Index, 2));
        var rows = RenderWithPopovers<RowsTable>(p => p.Add(x => x.Columns, Profile().Head.Columns).Add(x => x.Rows, Profile().Head.Rows));

        Assert.Empty(cut.FindAll("script"));
        Assert.Contains(cut.FindAll(".wb-alert-column"), e => e.TextContent == Hostile);
        Assert.Contains(Hostile, card.Find(".wb-variable-name").TextContent);
        Assert.Empty(card.FindAll(".wb-frequent b"));
        Assert.Contains("<b>x</b>", card.Find(".wb-frequent").TextContent);
        Assert.Empty(rows.FindAll("script"));
        Assert.Empty(rows.FindAll("td b"));
    }

    [Fact]
    public void ChartLabels_AreEscapedForPlotly()
    {
        var bar = Assert.IsType<Plotly.Blazor.Traces.Bar>(Assert.Single(ProfileCharts.Distribution(Evil)));

        Assert.Equal(["&lt;b&gt;x&lt;/b&gt;"], bar.X);
        Assert.Equal("&lt;script&gt;alert('x')&lt;/script&gt;", bar.Name);
    }
}
