using System.Text.Json;
using System.Text.RegularExpressions;
using ActorGraph.Service.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ActorGraph.Service.Tests.Browser;

/// <summary>The page as an analyst's workbench, in a real browser at 1366×768: search, selection with
/// evidence, filters, the timeline, the view in the URL, a stable layout, the data table, exports and
/// the keyboard. Each test keeps a screenshot in TestResults/.</summary>
public sealed class WorkbenchTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Search_and_a_click_on_an_actor_show_its_profile_at_the_top_of_the_panel()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.OpenAsync(page);

        // An answer first, so the panel is long: the profile must still come out on top, in view.
        await page.SelectOptionAsync("#actor-a", "hamas");
        await page.SelectOptionAsync("#actor-b", "israel");
        await page.ClickAsync("#find");
        await page.WaitForSelectorAsync("#mediators .mediator-item");

        await page.FillAsync("#search", "Hizbullah"); // an alias
        await page.PressAsync("#search", "Enter");
        await page.WaitForFunctionAsync("() => window.actorGraph.selected() === 'hezbollah'");
        await AssertProfileOnTopAsync(page, "Hezbollah");
        Assert.True(await page.EvaluateAsync<bool>("() => window.actorGraph.cy.getElementById('israel').hasClass('neighbour')"),
            "the neighbours of the selected actor are not marked");

        await BrowserSession.ClickElementAsync(page, "qatar");
        await page.WaitForFunctionAsync("() => window.actorGraph.selected() === 'qatar'");
        await AssertProfileOnTopAsync(page, "Qatar");
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "workbench-actor-profile"));
        session.AssertClean();
    }

    [SkippableFact]
    public async Task A_click_on_a_tie_or_a_process_shows_its_evidence_parties_mediators_and_outcomes()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.OpenAsync(page);

        // The relation edge whose midpoint lies farthest from every node, so that the click hits it; on a busy
        // machine the drawing can still settle under the pointer, so a missed click tries the next best edge.
        var tried = new List<string>();
        string edge;
        while (true)
        {
            edge = await page.EvaluateAsync<string>(
                """
                tried => {
                  const cy = window.actorGraph.cy;
                  let best = null, bestDistance = -1;
                  cy.edges(':visible').filter(e => e.data('relation') !== undefined && !tried.includes(e.id())).forEach(e => {
                    const m = e.renderedMidpoint();
                    const near = Math.min(...cy.nodes(':visible').map(n => Math.hypot(n.renderedPosition().x - m.x, n.renderedPosition().y - m.y)));
                    const others = Math.min(Infinity, ...cy.edges(':visible').filter(o => o !== e).map(o => Math.hypot(o.renderedMidpoint().x - m.x, o.renderedMidpoint().y - m.y)));
                    const d = Math.min(near, others);
                    if (d > bestDistance) { best = e.id(); bestDistance = d; }
                  });
                  return best;
                }
                """, tried);
            tried.Add(edge);
            await BrowserSession.ClickElementAsync(page, edge);
            try
            {
                await page.WaitForFunctionAsync($"() => window.actorGraph.selected() === {JsonSerializer.Serialize(edge)}", null, new() { Timeout = 10_000 });
                break;
            }
            catch (TimeoutException) when (tried.Count < 5)
            {
                // Evidence for the cause (not found yet): where cytoscape believes its canvas is against where it is.
                output.WriteLine($"the click on {edge} missed; canvas (cytoscape's cached box; the page's): " + await page.EvaluateAsync<string>(
                    "() => { try { return JSON.stringify([window.actorGraph.cy.renderer().findContainerClientCoords(), document.getElementById('graph').getBoundingClientRect()]); } catch (e) { return String(e); } }"));
            }
        }
        output.WriteLine($"the tie click selected on try {tried.Count} ({string.Join(", ", tried)})");
        Assert.Equal("relation", await page.GetAttributeAsync("#selection h2", "data-kind"));
        var tie = await page.InnerTextAsync("#selection");
        Assert.Contains("Report on Hamas-Egypt ceasefire talks", tie, StringComparison.Ordinal); // the source's title
        Assert.Contains("(2024-12-01)", tie, StringComparison.Ordinal);                          // its date
        Assert.Matches(new Regex("para \\d"), tie);                                                // the paragraph

        await BrowserSession.ClickElementAsync(page, "p:israel-hezbollah-ceasefire");
        await page.WaitForFunctionAsync("() => window.actorGraph.selected() === 'p:israel-hezbollah-ceasefire'");
        Assert.Equal("process", await page.GetAttributeAsync("#selection h2", "data-kind"));
        Assert.Contains("Israel", await page.InnerTextAsync("#selection .parties"), StringComparison.Ordinal);
        Assert.Contains("Hezbollah", await page.InnerTextAsync("#selection .parties"), StringComparison.Ordinal);
        var mediators = await page.InnerTextAsync("#selection .mediators");
        Assert.Contains("United States", mediators, StringComparison.Ordinal);
        Assert.Contains("France", mediators, StringComparison.Ordinal);
        var process = await page.InnerTextAsync("#selection");
        Assert.Contains("status: agreed", process, StringComparison.Ordinal);
        Assert.Contains("Israel and Hezbollah agreed a ceasefire", process, StringComparison.Ordinal); // the outcome
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "workbench-process"));

        // A party in the panel is a link to its profile.
        await page.ClickAsync("#selection .parties [data-select=hezbollah]");
        await page.WaitForFunctionAsync("() => window.actorGraph.selected() === 'hezbollah'");
        session.AssertClean();
    }

    [SkippableFact]
    public async Task Filters_hide_ties_by_sign_kind_modality_and_confidence_and_the_table_follows()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.OpenAsync(page);
        await page.ClickAsync("#tabs [data-tab=filters]");
        Assert.True(await VisibleAsync(page, "edge.hostile") > 0);

        // Each filter must hide its ties; waited for (not read once) because one loaded CI run saw a tie still
        // visible right after a change event, which the page applies synchronously (cause not found; a timeout
        // here names the filter that never took effect).
        await page.UncheckAsync("input[data-filter=sign][value=hostile]");
        await NoneVisibleAsync(page, "e => e.hasClass('hostile')");
        await page.UncheckAsync("input[data-filter=mod][value=claimed]");
        await NoneVisibleAsync(page, "e => e.data('modality') === 'claimed'");
        await page.UncheckAsync("input[data-filter=kind][value=leads]");
        await NoneVisibleAsync(page, "e => e.data('kind') === 'leads'");
        await page.Locator("#filter-confidence").FillAsync("0.9");
        await NoneVisibleAsync(page, "e => e.data('confidence') < 0.9");
        Assert.Equal(0, await VisibleAsync(page, "edge.hostile"));

        await page.ClickAsync("#tabs [data-tab=table]");
        var rows = await page.Locator("#data-table tbody tr").AllInnerTextsAsync();
        Assert.Equal(await page.EvaluateAsync<int>("() => window.actorGraph.cy.edges(':visible').filter(e => e.data('relation') !== undefined).length"), rows.Count);
        Assert.DoesNotContain(rows, r => r.Contains("armed-conflict", StringComparison.Ordinal) || r.Contains("claimed", StringComparison.Ordinal));
        var hash = await page.EvaluateAsync<string>("() => location.hash");
        Assert.Contains("nosign=hostile", hash, StringComparison.Ordinal);
        Assert.Contains("conf=0.9", hash, StringComparison.Ordinal);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "workbench-filters-table"));
        session.AssertClean();
    }

    [SkippableFact]
    public async Task The_timeline_redraws_what_was_known_on_each_date_and_plays()
    {
        await using var session = await BrowserSession.StartAsync(TestSeed.SharedFolder);
        var page = await session.NewPageAsync();
        await session.OpenAsync(page);
        var all = await VisibleAsync(page, "edge");
        var max = int.Parse(await page.GetAttributeAsync("#timeline", "max") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(max >= 5, $"the test seed has many dates, the slider has {max}");

        await page.Locator("#timeline").FillAsync("0"); // the first date on record: 2000-01-01
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent.includes('as of 2000-01-01') && document.body.dataset.state === 'ready'");
        var early = await VisibleAsync(page, "edge");
        Assert.True(early < all, $"as of the first date {early} ties are drawn, as many as in the whole record ({all})");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.actorGraph.cy.edges(':visible').filter(e => e.data('relation') !== undefined).length")); // only r9 (allied since 2000)
        var position = await page.EvaluateAsync<JsonElement>("() => window.actorGraph.cy.getElementById('hamas').position()");

        await page.ClickAsync("#play");
        await page.WaitForFunctionAsync("() => !document.getElementById('status').textContent.includes('as of 2000-01-01')", null, new PageWaitForFunctionOptions { Timeout = BrowserSession.WaitMilliseconds });
        await page.ClickAsync("#play"); // pause
        Assert.Contains("asOf=", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);
        // Positions stay put while the dates change.
        Assert.Equal(position.ToString(), (await page.EvaluateAsync<JsonElement>("() => window.actorGraph.cy.getElementById('hamas').position()")).ToString());
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "workbench-timeline"));
        session.AssertClean();
    }

    [SkippableFact]
    public async Task A_link_reopens_the_same_view()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.OpenAsync(page, "/#a=hamas&b=israel&sel=p%3Aisrael-hezbollah-ceasefire&nosign=hostile&tab=details");
        await page.WaitForSelectorAsync("#mediators .mediator-item");
        Assert.Equal("hamas", await page.InputValueAsync("#actor-a"));
        Assert.Equal("israel", await page.InputValueAsync("#actor-b"));
        Assert.Equal("p:israel-hezbollah-ceasefire", await page.EvaluateAsync<string>("() => window.actorGraph.selected()"));
        Assert.Equal("process", await page.GetAttributeAsync("#selection h2", "data-kind"));
        Assert.Equal(0, await VisibleAsync(page, "edge.hostile"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.actorGraph.cy.getElementById('qatar').hasClass('mediator')"));

        // And the page writes what the user does back into the address.
        await page.ClickAsync("#tabs [data-tab=table]");
        await page.ClickAsync("#data-table tbody tr >> nth=0");
        var hash = await page.EvaluateAsync<string>("() => decodeURIComponent(location.hash)");
        Assert.Contains("a=hamas", hash, StringComparison.Ordinal);
        Assert.Contains("sel=r:", hash, StringComparison.Ordinal);
        var reopened = await session.NewPageAsync();
        await session.OpenAsync(reopened, "/" + await page.EvaluateAsync<string>("() => location.hash"));
        Assert.Equal(await page.EvaluateAsync<string>("() => window.actorGraph.selected()"), await reopened.EvaluateAsync<string>("() => window.actorGraph.selected()"));
        output.WriteLine(await BrowserSession.ScreenshotAsync(reopened, "workbench-reopened-link"));
        session.AssertClean();
    }

    [SkippableFact]
    public async Task The_layout_is_the_same_on_every_load_and_dragged_positions_are_kept()
    {
        await using var session = await BrowserSession.StartAsync();
        const string positions = "() => Object.fromEntries(window.actorGraph.cy.nodes().map(n => [n.id(), [Math.round(n.position().x), Math.round(n.position().y)]]))";
        var first = await session.NewPageAsync();
        await session.OpenAsync(first);
        var second = await session.NewPageAsync(); // another context: nothing stored
        await session.OpenAsync(second);
        Assert.Equal((await first.EvaluateAsync<JsonElement>(positions)).ToString(), (await second.EvaluateAsync<JsonElement>(positions)).ToString());

        var start = await first.EvaluateAsync<double[]>(
            "() => { const p = window.actorGraph.cy.getElementById('lebanon').renderedPosition(); const b = document.getElementById('graph').getBoundingClientRect(); return [b.left + p.x, b.top + p.y]; }");
        await first.Mouse.MoveAsync((float)start[0], (float)start[1]);
        await first.Mouse.DownAsync();
        await first.Mouse.MoveAsync((float)start[0] + 40, (float)start[1] + 30, new MouseMoveOptions { Steps = 5 });
        await first.Mouse.UpAsync();
        var dragged = await first.EvaluateAsync<JsonElement>("() => window.actorGraph.cy.getElementById('lebanon').position()");

        var again = await session.SiblingAsync(first); // same context: same localStorage
        await session.OpenAsync(again);
        var kept = await again.EvaluateAsync<JsonElement>("() => window.actorGraph.cy.getElementById('lebanon').position()");
        Assert.Equal(dragged.GetProperty("x").GetDouble(), kept.GetProperty("x").GetDouble(), 0);
        Assert.Equal(dragged.GetProperty("y").GetDouble(), kept.GetProperty("y").GetDouble(), 0);
        Assert.NotEqual(Math.Round((await second.EvaluateAsync<JsonElement>("() => window.actorGraph.cy.getElementById('lebanon').position()")).GetProperty("x").GetDouble()),
            Math.Round(kept.GetProperty("x").GetDouble()));
        session.AssertClean();
    }

    [SkippableFact]
    public async Task The_view_exports_as_svg_png_and_one_offline_html_file()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.OpenAsync(page);
        await page.ClickAsync("#tabs [data-tab=filters]");
        await page.UncheckAsync("input[data-filter=sign][value=structural]");

        foreach (var (button, extension) in new[] { ("#export-view-svg", ".svg"), ("#export-view-png", ".png"), ("#export-view-html", ".html") })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(button));
            Assert.EndsWith(extension, download.SuggestedFilename, StringComparison.Ordinal);
            var path = Path.Combine(AppContext.BaseDirectory, "TestResults", "workbench-export" + extension);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await download.SaveAsAsync(path);
            Assert.True(new FileInfo(path).Length > 1000, $"{path} is nearly empty");
            output.WriteLine(path);
        }

        var svg = System.Xml.Linq.XDocument.Parse(await page.EvaluateAsync<string>("() => window.actorGraph.viewSvg()"));
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains("Hamas", texts);
        var structuralTitles = svg.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToList();
        Assert.DoesNotContain("leads", structuralTitles); // filtered out of the view, so out of the export

        var html = await page.EvaluateAsync<string>("() => window.actorGraph.viewHtml()");
        Assert.DoesNotMatch(new Regex("(src|href)\\s*=\\s*[\"']?(https?:|//)", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("para 2", html, StringComparison.Ordinal);

        // The saved HTML opens on its own, offline, and shows the drawing.
        var offline = await session.NewPageAsync();
        await offline.Context.SetOfflineAsync(true);
        await offline.GotoAsync(new Uri(Path.Combine(AppContext.BaseDirectory, "TestResults", "workbench-export.html")).ToString());
        Assert.True(await offline.Locator("svg text").CountAsync() > 5);
        output.WriteLine(await BrowserSession.ScreenshotAsync(offline, "workbench-export-html-offline"));
        session.AssertClean();
    }

    [SkippableFact]
    public async Task The_keyboard_reaches_search_selection_and_the_table_and_the_page_fits_1366x768()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.OpenAsync(page);

        await page.Keyboard.PressAsync("/");
        Assert.Equal("search", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("Egypt");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => window.actorGraph.selected() === 'egypt'");
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await page.EvaluateAsync<string>("() => window.actorGraph.selected()"));
        await page.WaitForFunctionAsync("() => window.actorGraph.profilesOnTheirWay() === 0");
        Assert.Equal("", await page.EvaluateAsync<string>("() => window.actorGraph.selected()")); // nothing late re-selects

        await page.ClickAsync("#tabs [data-tab=table]");
        await PressEnterOnRowUntilSelectedAsync(page, "#data-table tbody tr >> nth=2");
        Assert.Equal("relation", await page.GetAttributeAsync("#selection h2", "data-kind"));

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 1366 px");
        var header = await page.EvaluateAsync<double>("() => document.querySelector('header').getBoundingClientRect().height");
        Assert.True(header < 130, $"the header takes {header} px of 768");
        var graph = await page.EvaluateAsync<double[]>("() => { const b = document.getElementById('graph').getBoundingClientRect(); return [b.width, b.height]; }");
        Assert.True(graph[0] >= 900 && graph[1] >= 600, $"the drawing gets {graph[0]}x{graph[1]} px");
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "workbench-keyboard-1366x768"));
        session.AssertClean();
    }

    /// <summary>Waits until no visible tie matches <paramref name="predicate"/> (a JavaScript function of a cytoscape edge).</summary>
    private static Task NoneVisibleAsync(IPage page, string predicate) =>
        page.WaitForFunctionAsync($"() => window.actorGraph.cy.edges(':visible').filter({predicate}).length === 0", null,
            new PageWaitForFunctionOptions { Timeout = BrowserSession.WaitMilliseconds });

    private static Task<int> VisibleAsync(IPage page, string selector) =>
        page.EvaluateAsync<int>($"() => window.actorGraph.cy.elements({JsonSerializer.Serialize(selector)}).filter(':visible').length");

    /// <summary>Focuses a table row and presses Enter until a relation is selected. The table is rebuilt when
    /// filters or a late answer arrive, which can replace the focused row between the focus and the key on a busy
    /// machine; a keyboard that never selects still fails after the deadline.</summary>
    private static async Task PressEnterOnRowUntilSelectedAsync(IPage page, string row)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            await page.FocusAsync(row);
            await page.Keyboard.PressAsync("Enter");
            try
            {
                await page.WaitForFunctionAsync("() => window.actorGraph.selected().startsWith('r:')", null, new() { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
            }
        }
    }

    private static async Task AssertProfileOnTopAsync(IPage page, string name)
    {
        // The panel is drawn after the selection changes: wait for it to show this actor before measuring it.
        await page.WaitForFunctionAsync("name => document.querySelector('#selection h2')?.innerText === name", name);
        Assert.Equal(name, await page.InnerTextAsync("#selection h2"));
        Assert.Equal(0, await page.EvaluateAsync<double>("() => document.getElementById('panel-body').scrollTop"));
        var top = await page.EvaluateAsync<double>("() => document.querySelector('#selection h2').getBoundingClientRect().top - document.getElementById('panel-body').getBoundingClientRect().top");
        Assert.InRange(top, 0, 60);
    }
}
