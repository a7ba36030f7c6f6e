using System.Net;

namespace Workbench.Web.Hosting;

/// <summary>While the workspace could not be opened at start-up, every request gets a plain page with the reason
/// (503: the app is stopping), never a page that would fail on the missing workspace.</summary>
public static class WorkspaceStartupErrorPage
{
    /// <summary>Answers every request with the start-up failure, when there is one.</summary>
    public static WebApplication UseWorkspaceStartupError(this WebApplication app)
    {
        var state = app.Services.GetRequiredService<WorkspaceStartupState>();
        app.Use(async (context, next) =>
        {
            if (state.Failure is not { } failure)
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync($"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Workbench cannot start</title></head>
                <body style="font-family: sans-serif; max-width: 48rem; margin: 3rem auto">
                <h1>The workbench cannot start</h1>
                <p id="startup-error">{WebUtility.HtmlEncode(failure)}</p>
                <p>Fix the workspace or choose another one (<code>Workbench:Workspace</code>), then start the workbench again.</p>
                </body></html>
                """);
        });
        return app;
    }
}
