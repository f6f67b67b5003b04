using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Tests.Support;

/// <summary>Builds small <see cref="ActorGraphData"/> graphs for tests, tersely.</summary>
internal sealed class GraphBuilder
{
    private readonly List<Actor> _actors = [];
    private readonly List<Relation> _relations = [];
    private readonly List<MediationProcess> _processes = [];

    public GraphBuilder Actors(params string[] ids)
    {
        foreach (var id in ids) _actors.Add(new Actor(id, char.ToUpperInvariant(id[0]) + id[1..], ActorKind.State, []));
        return this;
    }

    /// <summary>One actor with its kind and country (<see cref="Actors"/> makes states without a country).</summary>
    public GraphBuilder Actor(string id, ActorKind kind, string? country = null)
    {
        _actors.Add(new Actor(id, char.ToUpperInvariant(id[0]) + id[1..], kind, [], country));
        return this;
    }

    public GraphBuilder Tie(string source, string kind, string target, double strength = 1, double confidence = 1,
        DateOnly? start = null, DateOnly? end = null, Modality modality = Modality.Reported, string? id = null, int weight = 1,
        string[]? sources = null)
    {
        // Every tie cites the test report ("src") unless sources are given: one evidence item per source.
        var evidence = (sources ?? ["src"]).Select(s => new Evidence(s, $"para {_relations.Count + 1}", $"{source} {kind} {target}"));
        _relations.Add(new Relation(id ?? $"r{_relations.Count + 1}", source, target, RelationVocabulary.Get(kind), strength, confidence,
            new DateRange(start, end), [], modality, [.. evidence], weight));
        return this;
    }

    public GraphBuilder Process(string id, string[] parties, string[] mediators, ProcessStatus status = ProcessStatus.Ongoing,
        DateOnly? start = null, DateOnly? end = null, double confidence = 1)
    {
        _processes.Add(new MediationProcess(id, "Process " + id, [.. parties], [.. mediators], ["ceasefire"], status,
            new DateRange(start, end), [], [new Evidence("src", "para 9", "talks " + id)], Confidence: confidence));
        return this;
    }

    public ActorGraphData Build() =>
        new(_actors, _relations, _processes, [new Source("src", "Test report", "Test", new DateOnly(2024, 11, 30)),
            .. _relations.SelectMany(r => r.Evidence).Select(e => e.SourceId).Where(s => s != "src").Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal).Select(s => new Source(s, "Report " + s, "Test", new DateOnly(2024, 11, 30)))]);

    public static DateOnly D(int y, int m, int d) => new(y, m, d);
}
