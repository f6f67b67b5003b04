using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ActorGraph.Service.Tests.Browser;

/// <summary>Reading a report on the page, in a real browser at 1366×768: paste a real report, see its
/// proposed facts on the graph and in the list with their sentences, reject one with the keyboard, accept
/// the rest, save, and see the new tie in the reloaded graph (and not the rejected one). A read-only service
/// offers the download instead. Screenshots are kept in TestResults/.</summary>
public sealed class ReviewPageTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Paste_a_report_reject_one_fact_accept_the_rest_save_and_see_the_new_tie()
    {
        using var seed = TestSeed.Copy();
        await using var session = await BrowserSession.StartAsync(seed.Folder, "--ActorGraph:Review:AllowWrites=true");
        var page = await session.NewPageAsync();
        await session.OpenAsync(page);

        await page.ClickAsync("#tabs [data-tab=read]");
        await page.FillAsync("#report-text", await File.ReadAllTextAsync(SharedData.Article));
        await page.ClickAsync("#report-meta summary");
        await page.FillAsync("#report-date", "2024-12-01");
        await page.ClickAsync("#read-report");
        await page.WaitForSelectorAsync("#review-list .fact[data-kind=relation]");

        // The proposal is on the graph, in its own colours, one edge per proposed tie.
        var relations = await page.EvaluateAsync<string[]>("() => window.actorGraph.review().answer.facts.filter(f => f.kind === 'relation').map(f => f.id)");
        Assert.True(relations.Length >= 2, "the article should give at least two ties");
        Assert.Equal(relations.Length, await page.EvaluateAsync<int>("() => window.actorGraph.cy.edges('.proposed').filter(e => e.data('proposal') && !e.hasClass('proposal-role')).length"));
        var firstSentence = await page.InnerTextAsync("#review-list .fact[data-kind=relation] blockquote");
        Assert.StartsWith("\u201c", firstSentence, StringComparison.Ordinal);
        Assert.Contains(firstSentence.Trim('\u201c', '\u201d'), await File.ReadAllTextAsync(SharedData.Article), StringComparison.Ordinal);

        // Reject the first tie with the keyboard, then accept the rest.
        var rejected = relations[0];
        await page.FocusAsync($"#review-list [data-fact={JsonSerializer.Serialize(rejected)}]");
        await page.Keyboard.PressAsync("r");
        Assert.Equal("rejected", await page.GetAttributeAsync($"#review-list [data-fact={JsonSerializer.Serialize(rejected)}]", "data-decision"));
        Assert.True(await page.EvaluateAsync<bool>($"() => window.actorGraph.cy.getElementById('new:r:' + {JsonSerializer.Serialize(rejected)}).hasClass('rejected')"));
        await page.ClickAsync("#review-accept-rest");
        Assert.Equal(0, await page.Locator("#review-list .fact[data-decision=undecided]").CountAsync());
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "review-decided"));

        await page.ClickAsync("#review-save");
        await page.WaitForFunctionAsync("() => document.getElementById('review-status').textContent.startsWith('saved')", null, new PageWaitForFunctionOptions { Timeout = BrowserSession.WaitMilliseconds });
        await session.ReadyAsync(page);
        var accepted = relations[1];
        await page.WaitForFunctionAsync($"() => window.actorGraph.cy.getElementById('r:' + {JsonSerializer.Serialize(accepted)}).nonempty()");
        Assert.True(await page.EvaluateAsync<bool>($"() => window.actorGraph.cy.getElementById('r:' + {JsonSerializer.Serialize(rejected)}).empty()"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.actorGraph.cy.elements('.proposed').length"));
        Assert.Single(Directory.GetFiles(seed.Folder, "read-*.yaml"));

        // The saved tie is an ordinary tie now: a click shows its evidence, citing the report's paragraph.
        await BrowserSession.ClickElementAsync(page, "r:" + accepted);
        await page.WaitForFunctionAsync($"() => window.actorGraph.selected() === 'r:' + {JsonSerializer.Serialize(accepted)}");
        Assert.Contains("para ", await page.InnerTextAsync("#selection"), StringComparison.Ordinal);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "review-saved"));
        session.AssertClean();
    }

    [SkippableFact]
    public async Task A_read_only_service_offers_the_download_instead_of_saving()
    {
        using var seed = TestSeed.Copy();
        await using var session = await BrowserSession.StartAsync(seed.Folder);
        var page = await session.NewPageAsync();
        await session.OpenAsync(page);
        await page.ClickAsync("#tabs [data-tab=read]");
        await page.FillAsync("#report-text", await File.ReadAllTextAsync(SharedData.Report("01-yemen-un-truce")));
        await page.ClickAsync("#read-report");
        await page.WaitForSelectorAsync("#review-list .fact");
        Assert.True(await page.IsDisabledAsync("#review-save"));
        Assert.Contains("read-only", await page.InnerTextAsync("#review-status"), StringComparison.Ordinal);

        await page.ClickAsync("#review-accept-rest");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#review-download"));
        Assert.EndsWith("-seed.zip", download.SuggestedFilename, StringComparison.Ordinal);
        var json = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#review-json"));
        Assert.EndsWith("-review.json", json.SuggestedFilename, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(seed.Folder, "read-*"));
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "review-read-only"));
        session.AssertClean();
    }
}
