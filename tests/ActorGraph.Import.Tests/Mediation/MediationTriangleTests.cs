using ActorGraph.Core.Model;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Mediation;

public class MediationTriangleTests
{
    private static IEnumerable<string> Conflict() => Fixtures.ConflictRows();

    [Fact]
    public void Mediation_with_both_sides_of_a_hostile_pair_is_rebuilt_as_an_inferred_process()
    {
        var graph = Run.Gdelt(Conflict()).Graph;

        var process = Assert.Single(graph.Processes);
        Assert.True(process.Inferred);
        Assert.Equal(new[] { "hms", "isr" }, process.Parties);
        Assert.Equal(new[] { "egy", "qat" }, process.Mediators);
        Assert.Equal(ProcessStatus.Ongoing, process.Status);
        Assert.Equal(new DateOnly(2024, 5, 14), process.When.Start);
        Assert.Null(process.When.End);
        // Four mediation events (two each), one of them an explicit "045 mediate": 0.3 + 0.2 + 0.1.
        Assert.Equal(0.6, process.Confidence, 2);
        var urls = process.Evidence.Select(e => graph.SourcesById[e.SourceId].Url).ToHashSet();
        Assert.Contains("https://news.example/egypt-israel-talks", urls);
        Assert.Contains("https://news.example/egypt-hamas-talks", urls);
        Assert.Contains("https://news.example/qatar-hamas", urls);
        // The parties' hostile events, on which the inference rests, are cited beside the mediators'.
        Assert.Contains("https://news.example/strikes", urls);
        Assert.Contains(process.Parties, graph.Actors.Select(a => a.Id).Contains);
    }

    [Fact]
    public void No_hostile_tie_means_no_triangle()
    {
        var rows = Conflict().Where(r => !r.Contains("\t190\t", StringComparison.Ordinal));

        Assert.Empty(Run.Gdelt(rows).Graph.Processes);
    }

    [Fact]
    public void Mediation_events_further_apart_than_the_window_are_not_one_triangle()
    {
        string[] rows =
        [
            Fixtures.Row(1, "20240101", "ISR", "ISRAEL", "LBN", "LEBANON", "190", 4, -10).ToString(),
            Fixtures.Row(5, "20240101", "LBN", "LEBANON", "ISR", "ISRAEL", "190", 4, -10).ToString(),
            Fixtures.Row(2, "20240102", "FRA", "FRANCE", "ISR", "ISRAEL", "045", 1, 5).ToString(),
            Fixtures.Row(3, "20240401", "FRA", "FRANCE", "LBN", "LEBANON", "045", 1, 5).ToString(),
        ];

        Assert.Empty(Run.Gdelt(rows).Graph.Processes);
        var wide = new ImportOptions(new Aggregation.AggregationOptions(TriangleWindowDays: 120));
        Assert.Single(Run.Gdelt(rows, wide).Graph.Processes);
    }

    [Fact]
    public void A_ceasefire_between_the_parties_marks_the_process_agreed()
    {
        var rows = Conflict().Append(
            new GdeltRow(1100, "20240520", "ISR", "ISRAEL", "ISR", "HMS", "HAMAS", "PSE", "0871", 2, 9.0, 2, "https://news.example/truce", Actor2KnownGroup: "HMS").ToString());

        var graph = Run.Gdelt(rows).Graph;

        var process = Assert.Single(graph.Processes);
        Assert.Equal(ProcessStatus.Agreed, process.Status);
        Assert.Contains(graph.Relations, r => r.Kind == RelationVocabulary.AgreesCeasefire && r.Topics.Contains("ceasefire"));
    }

    [Fact]
    public void A_halt_of_mediation_marks_the_process_collapsed()
    {
        string[] rows =
        [
            Fixtures.Row(1, "20240101", "ISR", "ISRAEL", "LBN", "LEBANON", "190", 4, -10).ToString(),
            Fixtures.Row(5, "20240101", "LBN", "LEBANON", "ISR", "ISRAEL", "190", 4, -10).ToString(),
            Fixtures.Row(2, "20240102", "FRA", "FRANCE", "ISR", "ISRAEL", "045", 1, 5).ToString(),
            Fixtures.Row(3, "20240103", "FRA", "FRANCE", "LBN", "LEBANON", "045", 1, 5).ToString(),
            Fixtures.Row(4, "20240110", "FRA", "FRANCE", "LBN", "LEBANON", "165", 3, -3).ToString(),
        ];

        var process = Assert.Single(Run.Gdelt(rows).Graph.Processes);

        Assert.Equal(ProcessStatus.Collapsed, process.Status);
        Assert.Equal(new[] { "fra" }, process.Mediators);
    }
}
