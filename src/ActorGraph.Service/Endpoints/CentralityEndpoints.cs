using ActorGraph.Analysis.Centrality;
using ActorGraph.Hosting.Loading;
using ActorGraph.Service.Api;
using ActorGraph.Hosting.Queries;

namespace ActorGraph.Service.Endpoints;

/// <summary><c>GET /api/centrality</c>: actors ranked by betweenness, dyad betweenness, PageRank or degree.</summary>
public static class CentralityEndpoints
{
    private static readonly string[] Measures = ["betweenness", "pagerank", "degree"];

    private sealed record CentralityKey(CentralityMeasure Measure, string? A, string? B, int Top, DateOnly? AsOf);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapCentralityEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/centrality", (GraphState state, CachedJson json, string? measure, string[]? between, string? top, string? asOf) =>
        {
            var graph = GraphAccess.Current(state);
            var chosen = QueryParameters.Choice("measure", measure, "betweenness", Measures) switch
            {
                "pagerank" => CentralityMeasure.PageRank,
                "degree" => CentralityMeasure.Degree,
                _ => CentralityMeasure.Betweenness,
            };
            var pair = (between ?? []).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
            string? a = null, b = null;
            if (pair.Length > 0)
            {
                if (pair.Length != 2) throw ApiProblem.BadParameter("between", $"give two actors, e.g. between=Hamas,Israel (got {pair.Length})");
                if (chosen != CentralityMeasure.Betweenness) throw ApiProblem.BadParameter("between", "works with measure=betweenness only");
                a = GraphAccess.Actor(graph, "between", pair[0]).Id;
                b = GraphAccess.Actor(graph, "between", pair[1]).Id;
                if (a == b) throw ApiProblem.BadParameter("between", $"names {a} twice; give two different actors");
            }
            var key = new CentralityKey(chosen, a, b, QueryParameters.Int("top", top, 10, 1, 500), QueryParameters.Date("asOf", asOf));
            return json.Get(graph, key, g =>
                GraphQueries.Centrality(g, key.Measure, key.AsOf, key.A is null ? null : (key.A, key.B!), key.Top));
        })
        .Produces<CentralityReport>()
        .WithName("RankActors")
        .WithSummary("Actors ranked over the cooperative layer: measure=betweenness (default), pagerank or degree; between=A,B for dyad betweenness; top ≤ 500; asOf is YYYY-MM-DD.");
        return api;
    }
}
