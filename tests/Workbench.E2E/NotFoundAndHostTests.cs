using System.Net;

namespace Workbench.E2E;

/// <summary>Addresses of things that do not exist answer 404; requests for another host name are refused.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundAndHostTests(BrowserFixture fixture)
{
    private static async Task<HttpResponseMessage> GetAsync(string url, string? host = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (host is not null) request.Headers.Host = host;
        return await http.SendAsync(request);
    }

    [Theory]
    [InlineData("/datasets/nope")]
    [InlineData("/datasets/nope/profile")]
    [InlineData("/runs/nope")]
    [InlineData("/no/such/page")]
    public async Task MissingThing_Answers404WithAPage(string path)
    {
        using var response = await GetAsync(fixture.BaseUrl + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("does not exist", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/datasets/penguins")]
    [InlineData("/experiments")]
    public async Task ExistingPage_Answers200(string path)
    {
        using var response = await GetAsync(fixture.BaseUrl + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MissingDataset_SaysWhichOnceTheBrowserIsConnected()
    {
        await using var session = await fixture.NewPageAsync();
        await session.GotoAsync("/datasets/nope");

        await session.Page.Locator("#dataset-missing").WaitForAsync();
        Assert.Contains("There is no dataset named 'nope'", await session.Page.Locator("#dataset-missing").TextContentAsync());
        // The 404 of the page itself (and the browser's console line about it) is expected; nothing else may fail.
        Assert.All(session.Errors, e => Assert.True(e == "HTTP 404 " + fixture.BaseUrl + "/datasets/nope"
            || e.StartsWith("console: Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal), e));
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("rebind.attacker.test:80", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    public async Task HostName_OnlyTheConfiguredOnesAreServed(string host, HttpStatusCode expected)
    {
        using var response = await GetAsync(fixture.BaseUrl + "/", host);

        Assert.Equal(expected, response.StatusCode);
    }
}
