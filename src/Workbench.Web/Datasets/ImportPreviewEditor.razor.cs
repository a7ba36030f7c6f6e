using Microsoft.AspNetCore.Components;
using Workbench.Ml.Data;
using Workbench.Web.Shared;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Datasets;

/// <summary>Shows an <see cref="ImportPreview"/>, lets the student override column types and name the dataset, and
/// imports the file as a background job (all or nothing).</summary>
public partial class ImportPreviewEditor
{
    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Rows of the file shown in the preview table.</summary>
        public const int PreviewRows = 10;
    }

    private IJob? job;
    private ColumnType[] types = [];
    private ImportPreview? shownPreview;
    private string name = "";
    private string? error;

    [Inject] private IDatasetStore Store { get; set; } = null!;

    /// <summary>The result of analysing the file.</summary>
    [Parameter, EditorRequired] public ImportPreview Preview { get; set; } = null!;

    /// <summary>The file to import (the temporary copy of the upload).</summary>
    [Parameter, EditorRequired] public string FilePath { get; set; } = "";

    /// <summary>The original file name: recorded as the source and used to suggest a name.</summary>
    [Parameter] public string SourceName { get; set; } = "";

    /// <summary>The longest single value the import accepts, in characters.</summary>
    [Parameter] public int MaxFieldChars { get; set; } = FieldLimit.DefaultMaxChars;

    /// <summary>Raised after the dataset was saved.</summary>
    [Parameter] public EventCallback<DatasetInfo> OnImported { get; set; }

    /// <summary>Raised when the student discards the file.</summary>
    [Parameter] public EventCallback OnDiscard { get; set; }

    /// <summary>The schema that Save passes to the store: the inferred types with the student's overrides.</summary>
    public IReadOnlyList<ColumnSchema> Schema =>
        Preview.Columns.Select((c, i) => new ColumnSchema(c.Name, types[i])).ToList();

    private string? NameError => DatasetNameCheck.Problem(name);

    private bool IsRunning => job?.State == JobState.Running;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (ReferenceEquals(shownPreview, Preview)) return;
        shownPreview = Preview;
        types = Preview.Columns.Select(c => c.Type).ToArray();
        name = DatasetNameCheck.Suggest(SourceName);
        error = null;
    }

    private void SetType(int index, ColumnType type) => types[index] = type;

    private static string DistinctText(InferredColumn column) =>
        column.Distinct >= ImportPreview.DistinctCap ? $"≥ {ImportPreview.DistinctCap:N0}" : column.Distinct.ToString("N0");

    private async Task SaveAsync()
    {
        if (NameError is not null) return;
        error = null;
        var schema = Schema;
        var target = name;
        var started = StartJob($"import:{target}", "import", $"Importing {target}", ctx =>
            Store.ImportAsync(target, FilePath, new ReadOptions(Preview.Format, MaxFieldChars: MaxFieldChars), schema, SourceName, ctx.Progress, ctx.CancellationToken));
        job = started;
        await started.Completion;
        if (started.State == JobState.Completed && started.Result is { } saved) await OnImported.InvokeAsync(saved);
        else if (started.State == JobState.Failed) error = $"Nothing was saved. {started.Error}";
    }

    private Task DiscardAsync() => OnDiscard.InvokeAsync();
}
