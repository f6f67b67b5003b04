using System.Text;
using ActorGraph.Export;
using ActorGraph.Export.Dot;
using ActorGraph.Export.Gexf;
using ActorGraph.Hosting.Exports;
using ActorGraph.Export.GraphMl;
using ActorGraph.Export.Json;
using ActorGraph.Export.Rendering;
using ActorGraph.Export.View;
using ActorGraph.Hosting.Loading;
using ActorGraph.Hosting.Options;
using ActorGraph.Service.Api;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Endpoints;

/// <summary><c>GET /api/export/{dot|svg|graphml|gexf|json}</c>: the graph (or a focus on two actors) in the
/// formats of <c>actorgraph export</c>, as a download. SVG is rendered by Graphviz when it is installed.</summary>
public static class ExportEndpoints
{
    private static readonly string[] Formats = ["dot", "svg", "graphml", "gexf", "json"];

    // Rendering runs an external program: at most two at a time, so that exports cannot starve the API.
    private static readonly SemaphoreSlim Renders = new(2, 2);

    private sealed record ExportKey(string Format, DateOnly? AsOf, string? A, string? B);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapExportEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/export/{format}", async (GraphState state, IOptions<LimitsOptions> limits, string format, string? asOf, string? a, string? b,
            CancellationToken cancellationToken) =>
        {
            var graph = GraphAccess.Current(state);
            var chosen = Formats.FirstOrDefault(f => string.Equals(f, format, StringComparison.OrdinalIgnoreCase))
                ?? throw new ApiProblem(StatusCodes.Status404NotFound, "Unknown export format",
                    $"'{format}' is not an export format; use {string.Join(", ", Formats)}");
            if (string.IsNullOrWhiteSpace(a) != string.IsNullOrWhiteSpace(b))
                throw ApiProblem.BadParameter(string.IsNullOrWhiteSpace(a) ? "a" : "b", "a focus needs two actors, a and b (or neither)");
            string? first = null, second = null;
            if (!string.IsNullOrWhiteSpace(a))
            {
                first = GraphAccess.Actor(graph, "a", a).Id;
                second = GraphAccess.Actor(graph, "b", b).Id;
                if (first == second) throw ApiProblem.BadParameter("b", "the focus needs two different actors");
            }
            var key = new ExportKey(chosen, QueryParameters.Date("asOf", asOf), first, second);
            var name = "actorgraph" + (first is null ? "" : $"-{first}-{second}") + (key.AsOf is { } d ? $"-{d:yyyy-MM-dd}" : "") + "." + chosen;
            var contentType = chosen switch
            {
                "dot" => "text/vnd.graphviz; charset=utf-8",
                "svg" => "image/svg+xml",
                "graphml" => "application/graphml+xml; charset=utf-8",
                "gexf" => "application/gexf+xml; charset=utf-8",
                _ => "application/json; charset=utf-8",
            };

            if (!graph.TryGet<byte[]>(key, out var bytes))
            {
                bytes = chosen == "svg"
                    ? await RenderSvgAsync(graph, key, limits.Value.RenderTimeoutSeconds, cancellationToken).ConfigureAwait(false)
                    : Encoding.UTF8.GetBytes(Write(graph, key));
                bytes = graph.GetOrCompute(key, _ => bytes);
            }
            return TypedResults.Bytes(bytes, contentType, name);
        })
        .Produces(StatusCodes.Status200OK, contentType: "text/vnd.graphviz")
        .WithName("Export")
        .WithSummary("The graph as DOT, SVG (rendered by Graphviz), GraphML or JSON, as in 'actorgraph export'. asOf=YYYY-MM-DD keeps what was valid then; a and b focus the drawing on two actors, their mediators and the paths between them.");
        return api;
    }

    private static ExportOptions OptionsFor(LoadedGraph graph, ExportKey key)
    {
        // Hierarchical 'dot' layout only for small drawings; larger ones get sfdp (see docs/export.md).
        return ExportViews.WithLayout(graph.Data, ExportViews.Create(graph, key.AsOf, key.A, key.B));
    }

    private static string Write(LoadedGraph graph, ExportKey key)
    {
        var options = OptionsFor(graph, key);
        return key.Format switch
        {
            "dot" => DotWriter.Write(graph.Data, options),
            "graphml" => GraphMlWriter.Write(graph.Data, options),
            "gexf" => GexfWriter.Write(graph.Data, options),
            _ => JsonExportWriter.Write(graph.Data, options),
        };
    }

    private static async Task<byte[]> RenderSvgAsync(LoadedGraph graph, ExportKey key, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var options = OptionsFor(graph, key);
        var dot = DotWriter.Write(graph.Data, options);
        var path = Path.Combine(Path.GetTempPath(), $"actorgraph-{Guid.NewGuid():N}.svg");
        await Renders.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await new GraphvizRenderer(timeout: TimeSpan.FromSeconds(timeoutSeconds))
                .RenderAsync(dot, options.Layout, RenderFormat.Svg, path, cancellationToken).ConfigureAwait(false);
            return result switch
            {
                RenderResult.Rendered => await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false),
                RenderResult.NotInstalled => throw new ApiProblem(StatusCodes.Status503ServiceUnavailable, "Graphviz not installed",
                    "SVG export needs Graphviz on the server (Debian: apt-get install graphviz); DOT, GraphML and JSON exports work without it"),
                RenderResult.TimedOut => throw new ApiProblem(StatusCodes.Status503ServiceUnavailable, "Rendering timed out",
                    $"Graphviz did not finish within {timeoutSeconds} s; export DOT instead, or focus on two actors with a and b"),
                _ => throw new InvalidOperationException("Graphviz failed on generated DOT: " + result.Describe()),
            };
        }
        finally
        {
            Renders.Release();
            File.Delete(path);
        }
    }
}
