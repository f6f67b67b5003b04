using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Import.Plover;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.RealData;

/// <summary>The PLOVER gold-standard records (../shared/real-data/plover): one pretty-printed JSON array,
/// actors as <c>[{actorText, code, sector}]</c>, a documentation record first.</summary>
public class RealPloverTests
{
    private static readonly string File = RealFiles.Path("plover/PLOVER_GSR_CAMEO.json");

    private static ImportResult Import() => EventImporter.Import(new PloverEventReader(), [File], ImportOptions.Default);

    [Fact]
    public void The_array_is_read_record_by_record_and_its_seed_loads()
    {
        var result = Import();

        Assert.Equal(323, result.Summary.RowsRead);
        Assert.Equal(0, result.Summary.RowsMalformed);
        SeedRoundTrip.Load(result.Graph);
    }

    [Fact]
    public void Every_record_with_an_actor_on_each_side_keeps_both()
    {
        var result = Import();
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(File));
        var twoSided = doc.RootElement.EnumerateArray().Count(r =>
            r.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Array && s.GetArrayLength() > 0
            && r.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.Array && t.GetArrayLength() > 0);

        // Every two-sided record becomes a tie, except where both sides are coded as the same actor.
        var same = result.Summary.SkippedByReason.GetValueOrDefault(Diagnostics.SkipReason.SameActor);
        Assert.True(result.Summary.RowsImported >= twoSided - same, $"{result.Summary.RowsImported} imported of {twoSided} two-sided records ({same} same-actor)");
        Assert.True(twoSided > 280);
    }

    [Fact]
    public void Coded_actors_get_canonical_names_and_keep_the_source_text_as_an_alias()
    {
        var graph = Import().Graph;

        // AGREE-0001: "Hungarian and Romanian officials agreed" — a compound source, no target.
        var hungary = graph.FindActor("hun-gov");
        Assert.NotNull(hungary);
        Assert.Equal("Government of Hungary", hungary.Name);
        Assert.Contains("Hungarian", hungary.Aliases);
        Assert.Contains(graph.Relations, r => new[] { r.Source, r.Target }.Order().SequenceEqual(["hun-gov", "rou-gov"]));
        // A text coded only as an organisation type keeps its own name.
        Assert.Contains(graph.Actors, a => a.Name == "Asia-Pacific Economic Cooperation" && a.Kind == ActorKind.Organisation);
    }
}
