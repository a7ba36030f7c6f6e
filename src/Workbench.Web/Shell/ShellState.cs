using System.Text.Json;
using Microsoft.JSInterop;

namespace Workbench.Web.Shell;

/// <summary>Per-circuit display state of the shell: dark theme and presenter mode, kept in this browser's local
/// storage, so each student and the lecturer's projector choose their own.</summary>
public sealed class ShellState(IJSRuntime js, ILogger<ShellState> logger)
{
    private const string StorageKey = "workbench.display";

    /// <summary>The saved form of the display options.</summary>
    public sealed record Options(bool Dark, bool Presenter);

    /// <summary>True when the dark palette is used.</summary>
    public bool IsDark { get; private set; }

    /// <summary>True when text, tables and charts are enlarged for a projector.</summary>
    public bool IsPresenter { get; private set; }

    /// <summary>Raised when an option changes, so charts can redraw at the new size.</summary>
    public event Action? Changed;

    /// <summary>Chart sizes for the current mode.</summary>
    public ChartSizes Chart => IsPresenter ? ChartSizes.Presenter : ChartSizes.Normal;

    /// <summary>Loads this browser's saved options and raises <see cref="Changed"/> if they differ from the current ones;
    /// nothing saved, unreadable storage or prerendering (no browser connection yet) leave the defaults.</summary>
    public async Task LoadAsync()
    {
        try
        {
            var json = await js.InvokeAsync<string?>("localStorage.getItem", StorageKey);
            var saved = json is null ? null : JsonSerializer.Deserialize<Options>(json);
            if (saved is null || (saved.Dark, saved.Presenter) == (IsDark, IsPresenter))
                return;
            (IsDark, IsPresenter) = (saved.Dark, saved.Presenter);
            Changed?.Invoke();
        }
        catch (InvalidOperationException)
        {
            // Prerendering: scripts cannot run yet. The interactive render that follows loads the options.
        }
        catch (Exception ex) when (ex is JSException or JsonException or JSDisconnectedException or TaskCanceledException)
        {
            logger.LogWarning(ex, "Could not read the display options from the browser; using the defaults");
        }
    }

    /// <summary>Switches the theme and saves it in this browser.</summary>
    public Task SetDarkAsync(bool dark) => UpdateAsync(dark, IsPresenter);

    /// <summary>Switches presenter mode and saves it in this browser.</summary>
    public Task SetPresenterAsync(bool presenter) => UpdateAsync(IsDark, presenter);

    private async Task UpdateAsync(bool dark, bool presenter)
    {
        (IsDark, IsPresenter) = (dark, presenter);
        Changed?.Invoke();
        try
        {
            await js.InvokeVoidAsync("localStorage.setItem", StorageKey, JsonSerializer.Serialize(new Options(dark, presenter)));
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException)
        {
            logger.LogWarning(ex, "Could not save the display options in the browser; they last until the page is reloaded");
        }
    }
}

/// <summary>Font sizes and heights for charts, in pixels.</summary>
public sealed record ChartSizes(int Font, int TitleFont, int Height, int MarkerSize, double LineWidth)
{
    /// <summary>Sizes for a laptop screen.</summary>
    public static ChartSizes Normal { get; } = new(12, 15, 340, 10, 2);

    /// <summary>Sizes for a projector: larger text, taller charts, thicker lines.</summary>
    public static ChartSizes Presenter { get; } = new(18, 22, 460, 16, 3.5);
}
