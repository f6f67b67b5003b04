using ActorGraph.Core.Model;

namespace ActorGraph.Import.Tests.Support;

/// <summary>Questions the real-data mediation tests ask of an imported graph.</summary>
public static class MediationChecks
{
    /// <summary>True when a report citing the mediation tie <paramref name="m"/>→<paramref name="a"/> also codes
    /// hostility between <paramref name="a"/> and an actor other than <paramref name="m"/>.</summary>
    public static bool FightInSameArticle(ActorGraphData graph, string m, string a)
    {
        var mediation = graph.Relations.Single(r => r.Kind == RelationVocabulary.Mediates && r.Source == m && r.Target == a);
        var sources = mediation.Evidence.Select(e => e.SourceId).ToHashSet(StringComparer.Ordinal);
        return graph.Relations.Any(r => r.Kind.Sign == RelationSign.Hostile && (r.Source == a || r.Target == a)
            && r.Source != m && r.Target != m && r.Evidence.Any(e => sources.Contains(e.SourceId)));
    }

    /// <summary>True when the graph has a hostile tie between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static bool HostileBetween(ActorGraphData graph, string a, string b) =>
        graph.Relations.Any(r => r.Kind.Sign == RelationSign.Hostile && Same([r.Source, r.Target], a, b));

    /// <summary>True when <paramref name="parties"/> are exactly <paramref name="a"/> and <paramref name="b"/>, in any order.</summary>
    public static bool Same(IEnumerable<string> parties, string a, string b) =>
        parties.Order(StringComparer.Ordinal).SequenceEqual(new[] { a, b }.Order(StringComparer.Ordinal));
}
