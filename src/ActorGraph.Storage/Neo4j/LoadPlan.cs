using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Neo4j;

/// <summary>One UNWIND statement and its rows: one transaction.</summary>
internal sealed record LoadBatch(string Statement, IReadOnlyList<Dictionary<string, object?>> Rows);

/// <summary>A stage of a load (actors, sources, ...) as batches, for progress.</summary>
internal sealed record LoadStage(string Name, long Total, IReadOnlyList<LoadBatch> Batches);

/// <summary>The batches of a load in dependency order: nodes first, then the relationships between them.
/// Built (and every relation kind checked against the vocabulary) before anything is sent.</summary>
internal sealed record LoadPlan(IReadOnlyList<LoadStage> Stages)
{
    public static LoadPlan Create(ActorGraphData data, int batchSize)
    {
        var stages = new List<LoadStage>
        {
            Stage("actors", Neo4jStatements.Actors, data.Actors.Select(Neo4jRows.Actor).ToList(), batchSize),
            Stage("sources", Neo4jStatements.Sources, data.Sources.Select(Neo4jRows.Source).ToList(), batchSize),
            Stage("processes", Neo4jStatements.Processes, data.Processes.Select(Neo4jRows.Process).ToList(), batchSize),
            Stage("process parties", Neo4jStatements.ProcessLinks(Neo4jSchema.PartyIn),
                data.Processes.SelectMany(p => p.Parties.Distinct(StringComparer.Ordinal).Select(a => Neo4jRows.Link(a, p.Id))).ToList(), batchSize),
            Stage("process mediators", Neo4jStatements.ProcessLinks(Neo4jSchema.MediatesIn),
                data.Processes.SelectMany(p => p.Mediators.Distinct(StringComparer.Ordinal).Select(a => Neo4jRows.Link(a, p.Id))).ToList(), batchSize),
        };
        var relationRows = data.Relations.Select((r, i) => (Type: Neo4jSchema.RelationType(r.Kind), Row: Neo4jRows.Relation(r, i))).ToList();
        var relationBatches = relationRows
            .GroupBy(x => x.Type, StringComparer.Ordinal)
            .OrderBy(g => Neo4jSchema.RelationTypes.ToList().IndexOf(g.Key))
            .SelectMany(g => Chunks(Neo4jStatements.Relations(g.Key), [.. g.Select(x => x.Row)], batchSize))
            .ToList();
        stages.Add(new LoadStage("relations", relationRows.Count, relationBatches));
        return new LoadPlan(stages);
    }

    private static LoadStage Stage(string name, string statement, List<Dictionary<string, object?>> rows, int batchSize) =>
        new(name, rows.Count, Chunks(statement, rows, batchSize));

    private static List<LoadBatch> Chunks(string statement, List<Dictionary<string, object?>> rows, int batchSize)
    {
        var batches = new List<LoadBatch>();
        for (var start = 0; start < rows.Count; start += batchSize)
            batches.Add(new LoadBatch(statement, rows.GetRange(start, Math.Min(batchSize, rows.Count - start))));
        return batches;
    }
}
