using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Mediation;

/// <summary>Per-query state for <see cref="MediatorFinder"/>: the filters and cached tie maps.</summary>
internal sealed class Context
{
    private readonly Dictionary<string, Dictionary<string, List<Relation>>> _coop = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, List<Relation>>> _any = new(StringComparer.Ordinal);
    private readonly ProjectionOptions _options;
    // Ties between two actors found by scanning the smaller end, by (channels only?, lower id, higher id).
    private readonly Dictionary<(bool Coop, string Low, string High), List<Relation>> _pairs = [];

    public Context(ActorGraphData data, MediatorQuery query, string a, string b)
    {
        Data = data;
        Query = query;
        A = a;
        B = b;
        _options = query.ToProjection();
        _options.Validate();
        Index = SemanticIndex.Of(data);
        Scope = _options.Scope;
        Reference = Scope.Reference(Index.LatestDate);
        FilterDate = Scope.FilterDate(Index.LatestDate);
    }

    public SemanticIndex Index { get; }
    public TimeScope Scope { get; }

    /// <summary>The date facts are filtered at: the as-of date, the latest date for --current, null for the whole record.</summary>
    public DateOnly? FilterDate { get; }

    public ActorGraphData Data { get; }
    public MediatorQuery Query { get; }
    public string A { get; }
    public string B { get; }
    public DateOnly? Reference { get; }

    public string Name(string id) => Data.FindActor(id)?.Name ?? id;

    /// <summary>Admitted channels of contact of <paramref name="actor"/> (the graph's own relations), by the other end.</summary>
    public Dictionary<string, List<Relation>> CoopTies(string actor) =>
        Ties(_coop, actor, r => _options.Admits(Index, r));

    /// <summary>Ties of every sign in scope and not denied (hoped-for ties included), by the other end.</summary>
    public Dictionary<string, List<Relation>> AnyTies(string actor) => Ties(_any, actor, AdmitsAny);

    /// <summary>The admitted channels of contact between <paramref name="x"/> and <paramref name="y"/>, in relation order:
    /// the same list as <c>CoopTies(x)[y]</c>, found from the end with fewer relations, so a hub is never indexed whole.</summary>
    public List<Relation> CoopBetween(string x, string y) => Between(_coop, x, y, r => _options.Admits(Index, r));

    /// <summary>The ties of every sign between <paramref name="x"/> and <paramref name="y"/> (as <see cref="AnyTies"/>).</summary>
    public List<Relation> AnyBetween(string x, string y) => Between(_any, x, y, AdmitsAny);

    /// <summary>Number of relations incident to <paramref name="actor"/>, before any filter.</summary>
    public int Degree(string actor) => Data.IncidentRelations(actor).Length;

    private bool AdmitsAny(int r) =>
        Data.Relations[r].Modality != Modality.Denied && Index.HoldsAt(r, FilterDate) && Data.Relations[r].Confidence >= Query.MinConfidence;

    private List<Relation> Between(Dictionary<string, Dictionary<string, List<Relation>>> cache, string x, string y, Func<int, bool> admit)
    {
        if (cache.TryGetValue(x, out var fromX)) return fromX.TryGetValue(y, out var xy) ? xy : [];
        if (cache.TryGetValue(y, out var fromY)) return fromY.TryGetValue(x, out var yx) ? yx : [];
        var key = (cache == _coop, string.CompareOrdinal(x, y) < 0 ? x : y, string.CompareOrdinal(x, y) < 0 ? y : x);
        if (_pairs.TryGetValue(key, out var known)) return known;
        var (from, to) = Degree(x) <= Degree(y) ? (x, y) : (y, x);
        var result = new List<Relation>();
        _pairs[key] = result;
        foreach (var index in Data.IncidentRelations(from))
        {
            var r = Data.Relations[index];
            if (r.Source == r.Target || (r.Source == from ? r.Target : r.Source) != to || !admit(index)) continue;
            result.Add(r);
        }
        return result;
    }

    private Dictionary<string, List<Relation>> Ties(Dictionary<string, Dictionary<string, List<Relation>>> cache, string actor, Func<int, bool> admit)
    {
        if (cache.TryGetValue(actor, out var map)) return map;
        map = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var index in Data.IncidentRelations(actor))
        {
            var r = Data.Relations[index];
            if (r.Source == r.Target || !admit(index)) continue;
            var other = r.Source == actor ? r.Target : r.Source;
            if (!map.TryGetValue(other, out var list)) map[other] = list = [];
            list.Add(r);
        }
        cache[actor] = map;
        return map;
    }

    /// <summary>Admitted cooperative ties between <paramref name="m"/> and either side, side A first.</summary>
    public List<Relation> TiesToSides(string m)
    {
        var result = new List<Relation>(CoopBetween(m, A));
        result.AddRange(CoopBetween(m, B));
        return result;
    }

    /// <summary>The strongest tie to each side among <paramref name="ties"/> (0 when none).</summary>
    public ImmutableArray<SideTie> SideStrengths(IEnumerable<Relation> ties)
    {
        double sa = 0, sb = 0;
        foreach (var r in ties)
        {
            var s = DistanceModel.StrengthOf(r);
            if (r.Source == A || r.Target == A) sa = Math.Max(sa, s);
            if (r.Source == B || r.Target == B) sb = Math.Max(sb, s);
        }
        return [new SideTie(A, Math.Round(sa, 4)), new SideTie(B, Math.Round(sb, 4))];
    }

    public double RecencyFactor(double? ageYears)
    {
        var model = _options.EffectiveDistance;
        return ageYears is { } age ? Math.Round(1 / (1 + model.RecencyPerYear * Math.Min(age, model.MaxAgeYears)), 4) : 1.0;
    }

    /// <summary>The broker's role in the brokerage vocabulary: from the camps when given (<see cref="MediatorQuery.Partition"/>),
    /// else from direct alignment ties (allied, supports, cooperates, leads, part-of, member-of) in scope, grouping an actor
    /// with those it is aligned with.</summary>
    public (string Role, string Basis) Role(string m)
    {
        if (Query.Partition is { } p && p.TryGetValue(A, out var ga) && p.TryGetValue(m, out var gm) && p.TryGetValue(B, out var gb))
            return BrokerRoles.Of(ga, gm, gb, Name(A), Name(B));
        var withA = Aligned(m, A);
        var withB = Aligned(m, B);
        var sidesAligned = Aligned(A, B) is not null;
        var groupB = sidesAligned ? 0 : 1;
        var (role, _) = BrokerRoles.Of(0, withA is not null ? 0 : withB is not null ? groupB : 2, groupB, Name(A), Name(B));
        const string how = " (by direct alignment ties; camps not computed: use --by-cluster)";
        var basis = (withA, withB) switch
        {
            ({ } x, { } y) => $"aligned with both {Name(A)} ({x.Kind.Name}) and {Name(B)} ({y.Kind.Name})",
            ({ } x, null) => $"aligned with {Name(A)} ({x.Kind.Name} [{x.Id}]): speaks for it toward {Name(B)}",
            (null, { } y) => $"aligned with {Name(B)} ({y.Kind.Name} [{y.Id}]): speaks for it toward {Name(A)}",
            _ => sidesAligned ? $"aligned with neither; {Name(A)} and {Name(B)} are aligned with each other" : "aligned with neither side",
        };
        return (role, basis + how);
    }

    private Relation? Aligned(string x, string y) =>
        AnyBetween(x, y).FirstOrDefault(r => TieMeaning.CampEffect(r.Kind) > 0 && r.Modality is Modality.Reported or Modality.Claimed);

    /// <summary>"engages Egypt, Qatar; pressures Israel (hoped)": the ties of <paramref name="x"/>, grouped by kind.</summary>
    public string DescribeTies(string x, IEnumerable<Relation> ties)
    {
        var phrases = ties
            .GroupBy(r => (r.Kind.Name, Outgoing: r.Source == x, r.Modality))
            .Select(g =>
            {
                var others = string.Join(", ", g.Select(r => Name(r.Source == x ? r.Target : r.Source)).Distinct());
                var modality = g.Key.Modality == Modality.Reported ? "" : $" ({g.Key.Modality.ToString().ToLowerInvariant()})";
                return g.Key.Outgoing ? $"{g.Key.Name} {others}{modality}" : $"{others} {g.Key.Name} it{modality}";
            });
        return string.Join("; ", phrases);
    }
}
