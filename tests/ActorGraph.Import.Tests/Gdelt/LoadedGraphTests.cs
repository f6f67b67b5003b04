using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Gdelt;

/// <summary>An import hands over a graph ready for queries: each relation's ends are given as positions in the
/// actor list (checked hints, so the first query does not look up 2 x E ids), and the summary splits the CPU time
/// between reading and building.</summary>
public class LoadedGraphTests
{
    [Fact]
    public void Every_relation_end_is_the_actor_at_its_index_and_shares_its_id_string()
    {
        var graph = EventImporter.Import(new GdeltEventReader(), [RealFiles.Path("gdelt2/20180326044500.export.CSV")], ImportOptions.Default).Graph;
        graph.PrepareIndexes();

        Assert.NotEmpty(graph.Relations);
        for (var r = 0; r < graph.Relations.Length; r++)
        {
            var relation = graph.Relations[r];
            var source = graph.Actors[graph.SourceIndexOf(r)];
            var target = graph.Actors[graph.TargetIndexOf(r)];
            Assert.Equal(relation.Source, source.Id);
            Assert.Equal(relation.Target, target.Id);
            // The same string object: the hint is then confirmed by a reference comparison.
            Assert.Same(source.Id, relation.Source);
            Assert.Same(target.Id, relation.Target);
        }
        foreach (var actor in graph.Actors)
        {
            var incident = graph.IncidentRelations(actor.Id).ToArray();
            Assert.Equal(
                Enumerable.Range(0, graph.Relations.Length).Where(r => graph.Relations[r].Source == actor.Id || graph.Relations[r].Target == actor.Id),
                incident);
        }
    }

    [Fact]
    public void The_summary_splits_cpu_time_between_reading_and_building()
    {
        var summary = EventImporter.Import(new GdeltEventReader(), [RealFiles.Path("gdelt2/20180326044500.export.CSV")], ImportOptions.Default).Summary;

        Assert.True(summary.ParseCpu > TimeSpan.Zero);
        Assert.True(summary.CpuTime >= summary.ParseCpu);
        Assert.True(summary.ParseElapsed <= summary.Elapsed);
    }
}
