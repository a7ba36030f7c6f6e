using Bunit;
using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Web.Shell;

namespace Workbench.Web.Tests.Shell;

public class ShellStateTests
{
    private readonly BunitJSInterop browser = new() { Mode = JSRuntimeMode.Strict };

    private ShellState NewState() => new(browser.JSRuntime, NullLogger<ShellState>.Instance);

    [Fact]
    public async Task SavedOptions_AreLoadedFromThisBrowserAndAnnounced()
    {
        browser.Setup<string?>("localStorage.getItem", "workbench.display").SetResult("{\"Dark\":true,\"Presenter\":true}");
        var state = NewState();
        var changes = 0;
        state.Changed += () => changes++;

        await state.LoadAsync();

        Assert.True(state.IsDark);
        Assert.True(state.IsPresenter);
        Assert.Equal(ChartSizes.Presenter, state.Chart);
        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task NothingSaved_KeepsDefaultsQuietly()
    {
        browser.Setup<string?>("localStorage.getItem", "workbench.display").SetResult(null);
        var state = NewState();
        var changes = 0;
        state.Changed += () => changes++;

        await state.LoadAsync();

        Assert.False(state.IsDark);
        Assert.False(state.IsPresenter);
        Assert.Equal(0, changes);
    }

    [Fact]
    public async Task UnreadableValue_KeepsDefaults()
    {
        browser.Setup<string?>("localStorage.getItem", "workbench.display").SetResult("not json");
        var state = NewState();

        await state.LoadAsync();

        Assert.False(state.IsDark);
    }

    [Fact]
    public async Task Switching_SavesBothOptionsInThisBrowser()
    {
        browser.SetupVoid("localStorage.setItem", _ => true).SetVoidResult();
        var state = NewState();

        await state.SetDarkAsync(true);
        await state.SetPresenterAsync(true);

        var saved = browser.VerifyInvoke("localStorage.setItem", calledTimes: 2)[1].Arguments;
        Assert.Equal("workbench.display", saved[0]);
        Assert.Equal("{\"Dark\":true,\"Presenter\":true}", saved[1]);
    }
}
