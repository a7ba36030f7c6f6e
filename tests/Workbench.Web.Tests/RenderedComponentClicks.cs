using Bunit;
using Microsoft.AspNetCore.Components;

namespace Workbench.Web.Tests;

/// <summary>Clicks that find their element and dispatch the event in one step on the renderer's dispatcher.</summary>
/// <remarks>A background job can re-render a component between a <c>Find</c> on the test thread and the <c>Click</c>
/// that follows; the element found then carries an event handler id the renderer has already dropped. Finding and
/// clicking inside <c>InvokeAsync</c> leaves no render in between.</remarks>
public static class RenderedComponentClicks
{
    /// <summary>Clicks the element that <paramref name="selector"/> finds now.</summary>
    public static void Click<T>(this IRenderedComponent<T> cut, string selector) where T : IComponent =>
        cut.InvokeAsync(() => cut.Find(selector).Click()).GetAwaiter().GetResult();
}
