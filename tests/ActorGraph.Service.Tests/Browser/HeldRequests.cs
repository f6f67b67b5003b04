using Microsoft.Playwright;

namespace ActorGraph.Service.Tests.Browser;

/// <summary>Holds a page's GET requests for one path until the test lets them go: a slow answer made on
/// demand, so a test can act while the answer is on its way and then deliver it, with no sleep and no
/// dependence on how fast the machine is. Requests that come after the release go through at once.</summary>
internal sealed class HeldRequests
{
    private readonly Lock _gate = new();
    private readonly List<IRoute> _held = [];
    private bool _released;

    private HeldRequests()
    {
    }

    /// <summary>How many requests were held so far (released ones included).</summary>
    public int Count { get; private set; }

    /// <summary>Starts holding <paramref name="page"/>'s requests whose path is <paramref name="path"/> (any query).</summary>
    public static async Task<HeldRequests> OnAsync(IPage page, string path)
    {
        var held = new HeldRequests();
        await page.RouteAsync(url => new Uri(url).AbsolutePath == path, held.ArriveAsync);
        return held;
    }

    private Task ArriveAsync(IRoute route)
    {
        lock (_gate)
        {
            Count++;
            if (!_released)
            {
                _held.Add(route);
                return Task.CompletedTask; // answered by ReleaseAsync; Playwright keeps the request waiting till then
            }
        }
        return route.ContinueAsync();
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived.</summary>
    public async Task WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMilliseconds(BrowserSession.WaitMilliseconds);
        while (Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{Count} of {count} requests arrived within {BrowserSession.WaitMilliseconds} ms");
            await Task.Delay(20); // polling the condition itself; the deadline is what fails
        }
    }

    /// <summary>Sends the held requests on to the service, and every later one at once.</summary>
    public async Task ReleaseAsync()
    {
        IRoute[] held;
        lock (_gate)
        {
            _released = true;
            held = [.. _held];
            _held.Clear();
        }
        foreach (var route in held) await route.ContinueAsync();
    }
}
