using Xunit.Abstractions;

namespace ActorGraph.Service.Tests.Browser;

/// <summary>The mediators answer on the page shows every group the API gives, each labelled: current
/// reported mediators, past ones (their process ended), inferred ones (a process rebuilt from event data),
/// and how a leader asked about is taken for the state he leads (issue 13).</summary>
public sealed class MediatorGroupsPageTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ag-groups-" + Guid.NewGuid().ToString("N")[..10]);

    private const string Seed = """
        actors:
          - { id: northland, name: Northland, kind: state }
          - { id: southland, name: Southland, kind: state }
          - { id: ada-north, name: Ada North, kind: person }
          - { id: westland, name: Westland, kind: state }
          - { id: eastland, name: Eastland, kind: state }
          - { id: midland, name: Midland, kind: state }
        sources:
          - { id: wire, title: Wire report, date: 2024-05-01 }
        relations:
          - { source: ada-north, target: northland, kind: leads, evidence: [{ source: wire, locator: para 1 }] }
          - { source: northland, target: southland, kind: armed-conflict, start: 2018-01-01, evidence: [{ source: wire, locator: para 1 }] }
        processes:
          - { id: current-talks, name: Current talks, parties: [northland, southland], mediators: [midland], status: ongoing, start: 2024-04-01,
              evidence: [{ source: wire, locator: para 2 }] }
          - { id: old-talks, name: Old talks, parties: [northland, southland], mediators: [westland], status: ended, start: 2019-01-01, end: 2019-06-30,
              evidence: [{ source: wire, locator: para 3 }] }
          - { id: event-talks, name: Talks seen in event data, parties: [northland, southland], mediators: [eastland], status: ongoing, start: 2024-03-01,
              inferred: true, confidence: 0.5, evidence: [{ source: wire, locator: para 4 }] }
        """;

    [SkippableFact]
    public async Task Past_inferred_and_rolled_up_groups_are_shown_and_labelled()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "world.yaml"), Seed);
        await using var session = await BrowserSession.StartAsync(_folder);
        var page = await session.NewPageAsync();
        await session.OpenAsync(page, "#a=ada-north&b=southland");
        await page.WaitForSelectorAsync("#mediators .mediator-item");

        var answer = await page.InnerTextAsync("#mediators");
        Assert.Contains("Ada North, who leads Northland, is taken for Northland", answer, StringComparison.Ordinal);
        Assert.Equal("Midland", await page.InnerTextAsync("#mediators .mediator-item[data-group=explicit] .name"));
        Assert.Equal("Westland", await page.InnerTextAsync("#mediators .mediator-item[data-group=past] .name"));
        Assert.Contains("past mediator 2019-01-01..2019-06-30", await page.InnerTextAsync("#mediators .mediator-item[data-group=past]"), StringComparison.Ordinal);
        Assert.Equal("Eastland", await page.InnerTextAsync("#mediators .mediator-item[data-group=inferred] .name"));
        Assert.Contains("inferred from event data", await page.InnerTextAsync("#mediators .mediator-item[data-group=inferred]"), StringComparison.Ordinal);
        Assert.Contains("Past mediators (1)", answer, StringComparison.Ordinal);
        Assert.Contains("Inferred mediators (1)", answer, StringComparison.Ordinal);
        output.WriteLine(await BrowserSession.ScreenshotAsync(page, "mediator-groups"));
        session.AssertClean();
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
