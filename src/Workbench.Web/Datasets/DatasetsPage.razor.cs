using Microsoft.AspNetCore.Components;
using MudBlazor;
using Workbench.Workspace;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Datasets;

/// <summary>The <c>/datasets</c> page: lists the workspace's datasets and wires their actions.</summary>
public partial class DatasetsPage
{
    private IReadOnlyList<DatasetInfo> datasets = [];
    private bool loaded;
    private string? error;

    [Inject] private IDatasetStore Store { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    /// <inheritdoc />
    protected override Task OnInitializedAsync() => RefreshAsync();

    private async Task RefreshAsync()
    {
        datasets = await Store.ListAsync();
        loaded = true;
    }

    private async Task RenameAsync(DatasetInfo dataset)
    {
        var parameters = new DialogParameters<RenameDialog> { { d => d.Dataset, dataset.Name } };
        var dialog = await Dialogs.ShowAsync<RenameDialog>("Rename", parameters);
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: DatasetInfo renamed })
        {
            Snackbar.Add($"Renamed '{dataset.Name}' to '{renamed.Name}'.", Severity.Success);
            await RefreshAsync();
        }
    }

    private async Task DeleteAsync(DatasetInfo dataset)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete dataset",
            $"Delete '{dataset.Name}' ({dataset.Rows:N0} rows) and its cached profiles? This cannot be undone.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true) return;
        try
        {
            await Store.DeleteAsync(dataset.Name);
            Snackbar.Add($"Deleted '{dataset.Name}'.", Severity.Info);
        }
        catch (WorkspaceException ex)
        {
            error = ex.Message;
        }
        await RefreshAsync();
    }
}
