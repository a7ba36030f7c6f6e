using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Workbench.E2E;

/// <summary>The web app hosted in-process on a free loopback port, with its own temporary workspace.</summary>
public sealed class WorkbenchServer : WebApplicationFactory<Program>
{
    /// <summary>A fresh folder for this server's workspace file and uploads.</summary>
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("workbench-e2e-").FullName;

    /// <summary>The workspace file the app uses.</summary>
    public string WorkspacePath => Path.Combine(DataFolder, "workspace.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Workbench:Workspace", WorkspacePath);
        builder.UseSetting("DisableHttpsRedirection", "true");
    }

    /// <summary>Starts Kestrel on 127.0.0.1 with a random port and returns the base address.</summary>
    public string Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        return ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
