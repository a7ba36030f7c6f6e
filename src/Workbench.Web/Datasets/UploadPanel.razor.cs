using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Configuration;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;
using Workbench.Web.Shared;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Datasets;

/// <summary>The upload flow: browser file → temporary file → background analysis → <see cref="ImportPreviewEditor"/>.
/// The temporary file is deleted when the import ends, the student discards it, or the page closes.</summary>
public partial class UploadPanel
{
    private IJob<ImportPreview>? analysis;
    private CancellationTokenSource? copyCancel;
    private TempUpload? upload;
    private ImportPreview? preview;
    private bool copying;
    private double copyProgress;
    private string copyingName = "";
    private string? message;
    private Severity messageSeverity = Severity.Error;

    [Inject] private IDatasetStore Store { get; set; } = null!;
    [Inject] private IConfiguration Configuration { get; set; } = null!;

    /// <summary>Raised after a dataset was imported.</summary>
    [Parameter] public EventCallback<DatasetInfo> OnImported { get; set; }

    private UploadOptions Options { get; set; } = new(UploadOptions.Defaults.MaxUploadMegabytes * 1024L * 1024L);

    private bool Busy => copying || analysis?.State == JobState.Running || preview is not null;

    /// <inheritdoc />
    protected override void OnInitialized() => Options = UploadOptions.From(Configuration);

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null) return;
        Reset();
        if (Options.Refusal(file.Name, file.Size) is { } refusal)
        {
            Show(refusal, Severity.Warning);
            return;
        }
        if (!await CopyAsync(file)) return;
        await AnalyzeAsync();
    }

    private async Task<bool> CopyAsync(IBrowserFile file)
    {
        copying = true;
        copyingName = file.Name;
        copyCancel = new CancellationTokenSource();
        var progress = new Progress<double>(p => { copyProgress = p; _ = InvokeAsync(StateHasChanged); });
        try
        {
            await using var stream = file.OpenReadStream(Options.MaxBytes, copyCancel.Token);
            upload = await TempUpload.CopyAsync(stream, file.Name, file.Size, progress, copyCancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            Show("Upload cancelled. Nothing was saved.", Severity.Info);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            Show($"The upload of '{file.Name}' failed: {ex.Message} Try again, or import it with the command line.", Severity.Error);
        }
        finally
        {
            copying = false;
            copyCancel.Dispose();
            copyCancel = null;
        }
        return false;
    }

    private async Task AnalyzeAsync()
    {
        var path = upload!.Path;
        var job = StartJob($"analyze:{path}", "analyze", $"Analysing {upload.FileName}", ctx =>
            Store.AnalyzeAsync(path, new ReadOptions(MaxFieldChars: Options.MaxFieldChars), ctx.Progress, ctx.CancellationToken));
        analysis = job;
        await job.Completion;
        if (job.State == JobState.Completed)
        {
            preview = job.Result;
            analysis = null;
            return;
        }
        if (job.State == JobState.Failed) Show($"'{upload.FileName}' cannot be imported. {job.Error}", Severity.Error);
        DeleteUpload();
    }

    private void CancelCopy() => copyCancel?.Cancel();

    private async Task ImportedAsync(DatasetInfo info)
    {
        DeleteUpload();
        preview = null;
        Show($"Saved '{info.Name}': {info.Rows:N0} rows, {info.Columns.Count} columns.", Severity.Success);
        await OnImported.InvokeAsync(info);
    }

    private void Discard()
    {
        DeleteUpload();
        preview = null;
    }

    private void Reset()
    {
        message = null;
        analysis = null;
        Discard();
    }

    private void Show(string text, Severity severity)
    {
        message = text;
        messageSeverity = severity;
    }

    private void DeleteUpload()
    {
        upload?.Dispose();
        upload = null;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing); // cancels the analysis
        copyCancel?.Cancel();
        DeleteUpload();
    }
}
