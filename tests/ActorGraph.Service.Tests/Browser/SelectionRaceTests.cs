using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ActorGraph.Service.Tests.Browser;

/// <summary>The page's selection while an actor's profile is still on its way (held by <see cref="HeldRequests"/>,
/// so the answer comes exactly when the test says): Escape leaves nothing selected, the latest choice wins
/// whatever order the answers come in, and a late answer or error draws nothing.</summary>
public sealed class SelectionRaceTests(ITestOutputHelper output)
{
    private const string NothingOnItsWay = "() => window.actorGraph.profilesOnTheirWay() === 0";

    [SkippableFact]
    public async Task Escape_pressed_once_while_a_profile_is_on_its_way_leaves_nothing_selected()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.OpenAsync(page);
        await page.EvaluateAsync("() => window.actorGraph.select('p:israel-hezbollah-ceasefire')");
        var egypt = await HeldRequests.OnAsync(page, "/api/actors/egypt");

        // Typing the whole name selects at once and Enter asks again: two profiles on their way.
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("Egypt");
        await page.Keyboard.PressAsync("Enter");
        await egypt.WaitForAsync(2);
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await page.EvaluateAsync<string>("() => window.actorGraph.selected()"));

        await egypt.ReleaseAsync();
        await page.WaitForFunctionAsync(NothingOnItsWay);
        Assert.Equal("", await page.EvaluateAsync<string>("() => window.actorGraph.selected()"));
        Assert.True(await page.IsHiddenAsync("#selection"), "the panel still shows a selection after Escape");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.actorGraph.cy.elements('.chosen, .neighbour, :selected').length"));
        Assert.DoesNotContain("sel=", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);
        Assert.True(await page.IsHiddenAsync("#error"));
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "selection-escape-before-the-profile"));
        session.AssertClean();
    }

    [SkippableFact]
    public async Task The_latest_selection_wins_when_an_earlier_profile_answers_last()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.OpenAsync(page);
        var egypt = await HeldRequests.OnAsync(page, "/api/actors/egypt");
        var qatar = await HeldRequests.OnAsync(page, "/api/actors/qatar");

        await page.EvaluateAsync("() => { window.actorGraph.select('egypt'); }"); // not awaited: the profile is held
        await egypt.WaitForAsync(1);
        await page.EvaluateAsync("() => { window.actorGraph.select('qatar'); }");
        await qatar.WaitForAsync(1);
        Assert.Equal("", await page.EvaluateAsync<string>("() => window.actorGraph.selected()")); // nothing drawn before its profile

        await qatar.ReleaseAsync();
        await page.WaitForFunctionAsync("() => window.actorGraph.selected() === 'qatar'");
        await egypt.ReleaseAsync(); // the earlier choice answers last
        await page.WaitForFunctionAsync(NothingOnItsWay);

        Assert.Equal("qatar", await page.EvaluateAsync<string>("() => window.actorGraph.selected()"));
        Assert.Equal("Qatar", await page.InnerTextAsync("#selection h2"));
        Assert.Equal(["qatar"], await page.EvaluateAsync<string[]>("() => window.actorGraph.cy.elements('.chosen').map(e => e.id())"));
        Assert.Contains("sel=qatar", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);
        session.AssertClean();
    }

    [SkippableFact]
    public async Task A_late_error_for_an_abandoned_selection_is_not_shown()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.OpenAsync(page);
        var unknown = await HeldRequests.OnAsync(page, "/api/actors/nobody-on-record");

        await page.FillAsync("#search", "nobody-on-record");
        await page.PressAsync("#search", "Enter");
        await unknown.WaitForAsync(1);
        await page.EvaluateAsync("() => window.actorGraph.select('p:israel-hezbollah-ceasefire')");
        await unknown.ReleaseAsync(); // the service answers 404 for the abandoned name
        await page.WaitForFunctionAsync(NothingOnItsWay);

        Assert.True(await page.IsHiddenAsync("#error"), $"a stale error is shown: {await page.InnerTextAsync("#error")}");
        Assert.Equal("p:israel-hezbollah-ceasefire", await page.EvaluateAsync<string>("() => window.actorGraph.selected()"));
        Assert.Equal("process", await page.GetAttributeAsync("#selection h2", "data-kind"));

        // The same name asked again, and not abandoned, still says what the service does not know.
        await page.PressAsync("#search", "Enter");
        await page.WaitForSelectorAsync("#error", new() { State = WaitForSelectorState.Visible });
        Assert.Equal("p:israel-hezbollah-ceasefire", await page.EvaluateAsync<string>("() => window.actorGraph.selected()"));
        session.Problems.RemoveAll(p => p.Contains("404", StringComparison.Ordinal)); // the browser logs each refused request
        session.AssertClean();
    }
}
