using ActorGraph.Service.Tests.Support;
using Microsoft.Playwright;

namespace ActorGraph.Service.Tests.Browser;

/// <summary>The real service on the repository's graph-seed and Debian's chromium (driven by Playwright, no
/// browser download) at 1366×768, the laptop screen analysts have; collects page errors and any request
/// that leaves the service, and saves screenshots under TestResults/ beside the test assembly.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    public static readonly string[] LaunchArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly RunningService _service;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(RunningService service, IPlaywright playwright, IBrowser browser)
    {
        _service = service;
        _playwright = playwright;
        _browser = browser;
    }

    public Uri Address => _service.Address;

    /// <summary>Errors the pages reported (console errors, uncaught exceptions).</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Requests to anywhere but the service.</summary>
    public List<string> Foreign { get; } = [];

    public static async Task<BrowserSession> StartAsync(string? seedFolder = null, params string[] settings)
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(Chromium))
        {
            Assert.False(ci, $"{Chromium} is missing; .ci/install.d/web.sh installs it");
            Skip.If(true, $"{Chromium} is not installed (apt-get install chromium)");
        }
        var service = await RunningService.StartAsync(seedFolder ?? RunningService.RepositorySeed, settings);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = LaunchArgs });
        return new BrowserSession(service, playwright, browser);
    }

    /// <summary>A fresh context (empty localStorage) with a 1366×768 page that accepts downloads.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            AcceptDownloads = true,
        });
        return await WatchAsync(await context.NewPageAsync());
    }

    /// <summary>Another page in the same context (same localStorage).</summary>
    public async Task<IPage> SiblingAsync(IPage page) => await WatchAsync(await page.Context.NewPageAsync());

    /// <summary>How long a page action or wait may take: generous, since a busy CI machine renders slowly, and only a
    /// failing test waits it out (Playwright's own default is 30 s).</summary>
    public const float WaitMilliseconds = 90_000;

    private Task<IPage> WatchAsync(IPage page)
    {
        page.SetDefaultTimeout(WaitMilliseconds);
        page.Console += (_, message) => { if (message.Type == "error") Problems.Add(message.Text); };
        page.PageError += (_, error) => Problems.Add(error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(Address.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal)
                && !request.Url.StartsWith("data:", StringComparison.Ordinal) && !request.Url.StartsWith("file:", StringComparison.Ordinal))
                Foreign.Add(request.Url);
        };
        return Task.FromResult(page);
    }

    /// <summary>Opens <paramref name="pathAndHash"/> and waits until the page says it is ready.</summary>
    public async Task OpenAsync(IPage page, string pathAndHash = "")
    {
        await page.GotoAsync(new Uri(Address, pathAndHash).ToString());
        await ReadyAsync(page);
    }

    public async Task ReadyAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync("() => document.body.dataset.state === 'ready'", null, new PageWaitForFunctionOptions { Timeout = BrowserSession.WaitMilliseconds });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the page did not get ready; error: '{await page.Locator("#error").InnerTextAsync()}'; console: {string.Join(" | ", Problems)}");
        }
    }

    /// <summary>Saves a screenshot as TestResults/<paramref name="name"/>.png and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    /// <summary>Clicks the element with the cytoscape id <paramref name="id"/> with the real mouse
    /// (a node at its centre, an edge at its midpoint).</summary>
    public static async Task ClickElementAsync(IPage page, string id)
    {
        var point = await page.EvaluateAsync<double[]>(
            """
            id => {
              const e = window.actorGraph.cy.getElementById(id);
              const p = e.isNode() ? e.renderedPosition() : e.renderedMidpoint();
              const box = document.getElementById('graph').getBoundingClientRect();
              return [box.left + p.x, box.top + p.y];
            }
            """, id);
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
    }

    public void AssertClean()
    {
        Assert.Empty(Problems);
        Assert.Empty(Foreign);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _service.DisposeAsync();
    }
}
