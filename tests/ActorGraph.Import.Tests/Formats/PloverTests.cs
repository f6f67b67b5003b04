using ActorGraph.Core.Model;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Plover;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Formats;

public class PloverTests
{
    private static readonly string[] Lines =
    [
        """{"id": "p1", "date": "2024-06-01", "event": "CONSULT", "mode": "mediate", "actor": "Qatar", "recipient": ["Hamas", "Israel"], "url": "https://news.example/qatar-mediates"}""",
        """{"event_id": "p2", "event_date": "2024-06-01T08:00:00Z", "event_type": "ASSAULT", "actor": {"name": "Israel", "country": "ISR"}, "recipient": {"name": "Hamas"}}""",
        """{"id": "p3", "date": "2024-06-02", "event": "crime", "actor": "Gang", "recipient": "Shop"}""",
        """{"id": "p4", "date": "2024-06-02", "event": "CONSULT", "actor": ["Egypt", "Egypt"], "recipient": "Qatar", "intensity": "1.5"}""",
        """{"id": "p5", "date": "2024-06-02", "event": "CONSULT", "actor": "Egypt" """,
        """[1, 2, 3]""",
        """{"id": "p7", "date": "June 2", "event": "CONSULT", "actor": "Egypt", "recipient": "Qatar"}""",
        """{"id": "p8", "date": "2024-06-02", "event": "TELEPORT", "actor": "Egypt", "recipient": "Qatar"}""",
        """{"id": "p9", "date": "2024-06-02", "event": "AGREE", "context": ["ceasefire"], "actor": "Israel", "recipient": "Hamas"}""",
        """{"id": "p10", "date": "2024-06-01", "event": "FIGHT", "actor": "Hamas", "recipient": "Israel"}""",
    ];

    [Fact]
    public void Plover_lines_with_actor_lists_become_ties_and_bad_lines_are_reported()
    {
        var result = Run.Import(new PloverEventReader(), Lines, "events.jsonl");

        var g = result.Graph;
        var mediates = g.Relations.Where(r => r.Kind == RelationVocabulary.Mediates).OrderBy(r => r.Target, StringComparer.Ordinal).ToList();
        Assert.Equal(["hms", "isr"], mediates.Select(r => r.Target));
        Assert.All(mediates, r => Assert.Equal("qat", r.Source));
        Assert.Equal("https://news.example/qatar-mediates", g.SourcesById[mediates[0].Evidence[0].SourceId].Url);
        Assert.Equal("ISR", g.FindActor("isr")!.Country);
        Assert.Contains(g.Relations, r => r.Kind == RelationVocabulary.Attacks && r.Source == "isr" && r.Target == "hms");
        Assert.Contains(g.Relations, r => r.Kind == RelationVocabulary.AgreesCeasefire);
        var meets = Assert.Single(g.Relations, r => r.Kind == RelationVocabulary.Meets);
        Assert.Equal(0.1 + (0.9 * 0.15), meets.Strength, 3);

        // Qatar mediates with both Israel and Hamas while they fight: a triangle, and the ceasefire agreed.
        var process = Assert.Single(g.Processes);
        Assert.Equal(ProcessStatus.Agreed, process.Status);
        Assert.Equal(new[] { "hms", "isr" }, process.Parties);
        Assert.Equal(new[] { "qat" }, process.Mediators);

        var s = result.Summary;
        Assert.Equal(10, s.RowsRead);
        Assert.Equal(1, s.SkippedByReason[SkipReason.UnmappedEvent]);
        Assert.Equal(2, s.SkippedByReason[SkipReason.BadJson]);
        Assert.Equal(1, s.SkippedByReason[SkipReason.BadDate]);
        Assert.Equal(1, s.SkippedByReason[SkipReason.BadCode]);
        Assert.Equal([5L, 6L, 7L, 8L], s.Issues.Select(i => i.Line));
    }
}
