using System.Text.Json;
using ActorGraph.Service.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ActorGraph.Service.Tests.Browser;

/// <summary>The page in a real headless browser (Debian's chromium, driven by Playwright; no browser is downloaded)
/// against the real service on loopback, on the repository's graph-seed.</summary>
public sealed class WebPageTests(ITestOutputHelper output)
{
    private const string Chromium = BrowserSession.Chromium;

    private static readonly string[] LaunchArgs = BrowserSession.LaunchArgs;

    [SkippableFact]
    public async Task Picking_Hamas_and_Israel_highlights_Egypt_Qatar_and_Turkey_as_mediators()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(Chromium))
        {
            Assert.False(ci, $"{Chromium} is missing; .ci/install.d/web.sh installs it");
            Skip.If(true, $"{Chromium} is not installed (apt-get install chromium)");
        }

        await using var service = await RunningService.StartAsync(RunningService.RepositorySeed);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = LaunchArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        page.SetDefaultTimeout(BrowserSession.WaitMilliseconds);
        var problems = new List<string>();
        var foreign = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        page.Request += (_, request) => { if (!request.Url.StartsWith(service.Address.ToString(), StringComparison.Ordinal)) foreign.Add(request.Url); };

        await page.GotoAsync(service.Address.ToString());
        await WaitAsync(page, "body[data-state=ready]", problems);
        await page.SelectOptionAsync("#actor-a", "hamas");
        await page.SelectOptionAsync("#actor-b", "israel");
        await page.ClickAsync("#find");
        await WaitAsync(page, "#mediators .mediator-item", problems);
        await WaitAsync(page, "body[data-state=ready]", problems);

        var highlighted = await page.EvaluateAsync<JsonElement>("() => window.actorGraph.highlighted()");
        var mediators = highlighted.GetProperty("mediators").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "egypt", "qatar", "turkey" }, mediators);
        foreach (var id in new[] { "egypt", "qatar", "turkey" })
        {
            Assert.True(await page.EvaluateAsync<bool>($"() => window.actorGraph.cy.getElementById('{id}').hasClass('mediator')"), $"{id} is not highlighted in the drawing");
        }
        Assert.True(await page.EvaluateAsync<bool>("() => window.actorGraph.cy.getElementById('hamas').hasClass('endpoint')"));

        var listed = await page.Locator("#mediators .mediator-item[data-group=explicit]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.actorId)");
        Assert.Superset(new HashSet<string> { "egypt", "qatar", "turkey" }, listed.ToHashSet());
        var evidenceText = await page.Locator("#mediators .evidence").First.InnerTextAsync();
        Assert.Contains("para", evidenceText, StringComparison.Ordinal);
        Assert.True(await page.Locator("#paths .path-item").CountAsync() > 0, "no mediation path listed");
        Assert.True(await page.EvaluateAsync<int>("() => window.actorGraph.cy.edges('.hostile').length") > 0, "no hostile tie drawn");
        Assert.True(await page.EvaluateAsync<int>("() => window.actorGraph.cy.nodes('.process').length") > 0, "no mediation process drawn");

        var dotLink = await page.GetAttributeAsync("#export-dot", "href");
        var dot = await page.EvaluateAsync<string>($"async () => (await fetch('{dotLink}')).text()");
        Assert.Contains("digraph", dot, StringComparison.Ordinal);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "web-page-hamas-israel.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine($"screenshot: {screenshot}");

        Assert.True(await page.EvaluateAsync<int>("() => new Set(window.actorGraph.cy.nodes('.actor').map(n => n.data('cluster'))).size") > 1,
            "the camps are not coloured");
        // The as-of control redraws the graph as of that date and dates the exports.
        var before = await page.EvaluateAsync<int>("() => window.actorGraph.cy.edges(':visible').length");
        await page.FillAsync("#as-of", "2000-01-01");
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent.includes('as of 2000-01-01') && document.body.dataset.state === 'ready'");
        Assert.True(await page.EvaluateAsync<int>("() => window.actorGraph.cy.edges(':visible').length") < before, "the as-of date did not hide later ties");
        Assert.Contains("asOf=2000-01-01", await page.GetAttributeAsync("#export-graphml", "href"), StringComparison.Ordinal);

        Assert.Empty(problems);
        Assert.Empty(foreign);
    }

    [SkippableFact]
    public async Task On_a_graph_larger_than_the_drawing_limit_the_mediators_are_added_and_highlighted()
    {
        Skip.IfNot(File.Exists(Chromium) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"{Chromium} is not installed");
        await using var service = await RunningService.StartAsync(RunningService.RepositorySeed);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = LaunchArgs });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);

        // Draw only the two most connected actors; the rest must come in with the answer.
        await page.GotoAsync(service.Address + "?limit=2");
        await WaitAsync(page, "body[data-state=ready]", problems);
        Assert.Equal(2, await page.EvaluateAsync<int>("() => window.actorGraph.cy.nodes('.actor').length"));
        Assert.Contains("most connected", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        await page.SelectOptionAsync("#actor-a", "hamas");
        await page.SelectOptionAsync("#actor-b", "israel");
        await page.ClickAsync("#find");
        await WaitAsync(page, "#mediators .mediator-item", problems);
        foreach (var id in new[] { "hamas", "israel", "egypt", "qatar", "turkey" })
        {
            Assert.True(await page.EvaluateAsync<bool>($"() => window.actorGraph.cy.getElementById('{id}').nonempty()"), $"{id} was not added to the drawing");
        }
        Assert.True(await page.EvaluateAsync<bool>("() => window.actorGraph.cy.getElementById('qatar').hasClass('mediator')"));
        Assert.Empty(problems);
    }

    /// <summary>Waits for <paramref name="selector"/>; on a time-out, fails with what the page reported.</summary>
    private static async Task WaitAsync(IPage page, string selector, List<string> problems)
    {
        try
        {
            await page.WaitForSelectorAsync(selector, new PageWaitForSelectorOptions { Timeout = BrowserSession.WaitMilliseconds });
        }
        catch (TimeoutException)
        {
            var error = await page.Locator("#error").InnerTextAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "TestResults", "web-page-failure.png") });
            Assert.Fail($"{selector} did not appear; page error: '{error}'; console: {string.Join(" | ", problems)}");
        }
    }
}
