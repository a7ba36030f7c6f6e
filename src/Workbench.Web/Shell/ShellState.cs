using Workbench.Workspace.Settings;

namespace Workbench.Web.Shell;

/// <summary>Per-circuit display state of the shell: dark theme and presenter mode, saved in the workspace settings.</summary>
public sealed class ShellState(ISettingsStore settings, ILogger<ShellState> logger)
{
    private const string Scope = "ui";
    private const string Key = "shell";

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

    /// <summary>Loads the saved options; missing or unreadable settings leave the defaults (light, normal size).</summary>
    public async Task LoadAsync()
    {
        try
        {
            var saved = await settings.GetAsync<Options>(Scope, Key);
            if (saved is not null)
                (IsDark, IsPresenter) = (saved.Dark, saved.Presenter);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not read the display options; using the defaults");
        }
    }

    /// <summary>Switches the theme and saves it.</summary>
    public Task SetDarkAsync(bool dark) => UpdateAsync(dark, IsPresenter);

    /// <summary>Switches presenter mode and saves it.</summary>
    public Task SetPresenterAsync(bool presenter) => UpdateAsync(IsDark, presenter);

    private async Task UpdateAsync(bool dark, bool presenter)
    {
        (IsDark, IsPresenter) = (dark, presenter);
        Changed?.Invoke();
        await settings.SetAsync(Scope, Key, new Options(dark, presenter));
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
