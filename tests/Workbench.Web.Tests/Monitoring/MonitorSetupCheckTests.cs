using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Ml.Monitoring;
using Workbench.Web.Monitoring;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Tests.Monitoring;

public class MonitorSetupCheckTests
{
    private static readonly DatasetInfo Stream = new(1, "loans", "test",
        [new ColumnInfo("day", ColumnType.Date, 0), new ColumnInfo("amount", ColumnType.Real, 0), new ColumnInfo("y", ColumnType.Integer, 0)],
        500, "abc", DateTimeOffset.UnixEpoch, 1);

    private static MonitorSetupCheck.Form Form(BatchBy by = BatchBy.Month, string? time = "day", string? label = "y", string name = "m",
        string? reference = null, int batchRows = 100) =>
        new("toy", Stream, reference, by, time, batchRows, label, name, ["Saved"]);

    private static IReadOnlyList<SetupMessage> Errors(MonitorSetupCheck.Form f) =>
        MonitorSetupCheck.Messages(f).Where(m => m.Severity == Severity.Error).ToList();

    [Fact]
    public void MonthlyByADateColumnWithALabel_HasNoMessage()
    {
        Assert.Empty(MonitorSetupCheck.Messages(Form()));
        Assert.True(MonitorSetupCheck.CanRun(Form(), []));
    }

    [Fact]
    public void NumberAsDateColumn_IsAnErrorNamingTheColumn()
    {
        var error = Assert.Single(Errors(Form(time: "amount")));

        Assert.Equal("'amount' is real, not a date: choose a date column to batch by month, or batch by rows.", error.Text);
    }

    [Fact]
    public void LabelAsDateColumnAndBlankName_AreBothErrors()
    {
        var errors = Errors(Form(label: "day", name: "  "));

        Assert.Equal(["Give the monitor a name of 1 to 100 characters.", "'day' cannot be both the label and the date column."],
            errors.Select(e => e.Text));
    }

    [Fact]
    public void SavedNameSingleBatchAndOwnReference_AreWarningsThatDoNotBlock()
    {
        var form = Form(BatchBy.Rows, time: null, name: "saved", reference: "loans", batchRows: 500);
        var messages = MonitorSetupCheck.Messages(form);

        Assert.Equal([Severity.Warning, Severity.Warning, Severity.Warning], messages.Select(m => m.Severity));
        Assert.Contains(messages, m => m.Text.StartsWith("The stream has 500 rows, so 500 rows per batch makes a single batch"));
        Assert.Contains(messages, m => m.Text == "A monitor named 'saved' is saved: running replaces it.");
        Assert.True(MonitorSetupCheck.CanRun(form, messages));
    }

    [Fact]
    public void NothingChosen_CannotRunButShowsNoError()
    {
        var form = new MonitorSetupCheck.Form(null, null, null, BatchBy.Rows, null, 100, null, "m", []);
        var messages = MonitorSetupCheck.Messages(form);

        Assert.All(messages, m => Assert.Equal(Severity.Normal, m.Severity));
        Assert.False(MonitorSetupCheck.CanRun(form, messages));
    }
}
