using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Embedded;

/// <summary>Checks that a graph handed to a store is whole: unique actor ids, relations and processes that
/// refer to its actors, evidence that refers to its sources. The seed loader already guarantees this;
/// importers and tests build graphs by hand, and a store must not publish a broken one.</summary>
internal static class GraphIntegrity
{
    public static void Check(ActorGraphData data, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in data.Actors)
        {
            if (!ids.Add(actor.Id)) throw new ArgumentException($"duplicate actor id '{actor.Id}'", nameof(data));
        }

        for (var i = 0; i < data.Relations.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new StoreProgress("checking relations", i, data.Relations.Length));
            }
            var r = data.Relations[i];
            if (data.IndexOf(r.Source) < 0 || data.IndexOf(r.Target) < 0)
            {
                throw new ArgumentException($"relation '{r.Id}' refers to an actor the graph does not hold ('{r.Source}' -> '{r.Target}')", nameof(data));
            }
            CheckEvidence(data, r.Evidence, $"relation '{r.Id}'");
        }

        foreach (var p in data.Processes)
        {
            foreach (var id in p.Parties.Concat(p.Mediators))
            {
                if (data.IndexOf(id) < 0) throw new ArgumentException($"process '{p.Id}' refers to unknown actor '{id}'", nameof(data));
            }
            CheckEvidence(data, p.Evidence, $"process '{p.Id}'");
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static void CheckEvidence(ActorGraphData data, System.Collections.Immutable.ImmutableArray<Evidence> evidence, string owner)
    {
        foreach (var e in evidence)
        {
            if (!data.SourcesById.ContainsKey(e.SourceId)) throw new ArgumentException($"{owner} cites unknown source '{e.SourceId}'", nameof(data));
        }
    }
}
