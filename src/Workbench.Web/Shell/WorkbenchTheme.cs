using MudBlazor;

namespace Workbench.Web.Shell;

/// <summary>The workbench's MudBlazor theme: system font stack (no web fonts), calm palette, light and dark.</summary>
public static class WorkbenchTheme
{
    private static readonly string[] SystemFonts =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Ubuntu", "Cantarell", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"];

    /// <summary>The theme used by the layout.</summary>
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2f5d8a",
            Secondary = "#c2571a",
            Tertiary = "#3f8f6b",
            AppbarBackground = "#1f3f5f",
            Background = "#f6f7f9",
            DrawerBackground = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7fb2e5",
            Secondary = "#f0955a",
            Tertiary = "#6cc59b",
            // The dark palette's colours are light, so text on them (filled buttons, step numbers) must be dark to read.
            PrimaryContrastText = "#0e1a26",
            SecondaryContrastText = "#0e1a26",
            TertiaryContrastText = "#0e1a26",
            AppbarBackground = "#16202b",
            Background = "#1b1e23",
            Surface = "#23272e",
            DrawerBackground = "#1f2329",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = SystemFonts } },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
