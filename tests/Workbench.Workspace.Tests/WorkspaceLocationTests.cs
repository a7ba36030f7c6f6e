namespace Workbench.Workspace.Tests;

public class WorkspaceLocationTests
{
    [Fact]
    public void ConfiguredPath_WinsOverEnvironmentAndDefault()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wb-loc-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = WorkspaceLocation.Resolve(Path.Combine(folder, "a", "w.db"), "/tmp/env.db", "/tmp/default.db");
            Assert.Equal(Path.Combine(folder, "a", "w.db"), path);
            Assert.False(Directory.Exists(folder)); // resolving creates nothing; opening does
        }
        finally { if (Directory.Exists(folder)) Directory.Delete(folder, true); }
    }

    [Fact]
    public void NoConfiguredPath_UsesEnvironmentThenDefault()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wb-loc-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(Path.Combine(folder, "env.db"), WorkspaceLocation.Resolve(" ", Path.Combine(folder, "env.db"), "/x/default.db"));
            Assert.Equal(Path.Combine(folder, "d", "default.db"), WorkspaceLocation.Resolve(null, null, Path.Combine(folder, "d", "default.db")));
        }
        finally { if (Directory.Exists(folder)) Directory.Delete(folder, true); }
    }

    [Fact]
    public void DefaultPath_IsUnderLocalApplicationData()
    {
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.DoNotVerify), "workbench", "workspace.db");
        Assert.Equal(expected, WorkspaceLocation.DefaultPath());
        Assert.EndsWith(Path.Combine("workbench", "workspace.db"), expected);
    }

    [Fact]
    public void FolderGivenAsPath_IsRefusedWithHint()
    {
        var e = Assert.Throws<WorkspaceException>(() => WorkspaceLocation.Resolve(Path.GetTempPath(), null, "/x/d.db"));
        Assert.Contains("is a folder", e.Message);
    }
}
