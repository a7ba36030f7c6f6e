using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Workspace;

namespace Workbench.Web.Shared;

/// <summary>Runs a user action (a button click) so that a failure shows a Snackbar instead of breaking the circuit:
/// refusals and import errors are shown as they are, anything else gets a generic message and is logged.</summary>
public sealed class ActionRunner(ISnackbar snackbar, ILogger<ActionRunner> logger)
{
    /// <summary>The generic message shown for unexpected errors.</summary>
    public const string GenericMessage =
        "Something unexpected went wrong. The details were written to the workbench log; try again, or look at the log in Lab 01.";

    /// <summary>The message a user should see for this error.</summary>
    public static string Describe(Exception error) => error switch
    {
        WorkspaceException or DataImportException or WorkspaceBusyException => error.Message,
        _ when WorkspaceErrors.IsBusy(error) => BusyMessage(error),
        OperationCanceledException => "The operation was cancelled.",
        _ => GenericMessage,
    };

    private static string BusyMessage(Exception error) =>
        error is WorkspaceBusyException busy ? busy.Message : WorkspaceErrors.BusyMessage(null);

    /// <summary>Runs the action; returns true when it completed, false when it failed (and the user was told).</summary>
    /// <param name="what">What the action does, for the log, e.g. "run SQL query".</param>
    public async Task<bool> RunAsync(string what, Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (Exception ex)
        {
            Report(what, ex);
            return false;
        }
    }

    /// <summary>Runs a function; returns its result, or default when it failed (and the user was told).</summary>
    public async Task<T?> RunAsync<T>(string what, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex)
        {
            Report(what, ex);
            return default;
        }
    }

    /// <summary>Shows the error to the user and logs it (refusals as information, the rest as errors).</summary>
    public void Report(string what, Exception error)
    {
        switch (error)
        {
            case WorkspaceException or DataImportException:
                logger.LogInformation("Refused to {Action}: {Message}", what, error.Message);
                snackbar.Add(Workbench.Ml.MessageText.Escape(error.Message), Severity.Warning);
                break;
            case OperationCanceledException:
                snackbar.Add($"Cancelled: {what}.", Severity.Info);
                break;
            case var _ when WorkspaceErrors.IsBusy(error):
                logger.LogWarning("Could not {Action}: the workspace is busy", what);
                snackbar.Add(BusyMessage(error), Severity.Warning);
                break;
            default:
                logger.LogError(error, "Failed to {Action}", what);
                snackbar.Add(GenericMessage, Severity.Error);
                break;
        }
    }
}
