using Workbench.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Outside Development the package assets (_content/MudBlazor, _content/Plotly.Blazor) are only found through the
// static web assets manifest when running from the build output; without it they answer 500.
if (!builder.Environment.IsDevelopment())
    builder.WebHost.UseStaticWebAssets();

builder.AddWorkbench();

var app = builder.Build();
app.UseWorkbench();
// Taken before Run: the host disposes its services when it stops.
var startup = app.Services.GetRequiredService<WorkspaceStartupState>();
app.Run();
// Non-zero when the workspace could not be opened (the reason was logged, without a stack trace).
return startup.ExitCode;

/// <summary>The web host's entry point, public for WebApplicationFactory in the end-to-end tests.</summary>
public partial class Program { }
