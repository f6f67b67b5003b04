using System.IO.Compression;
using ActorGraph.Hosting.Loading;
using ActorGraph.Reading.Output;
using ActorGraph.Service.Api;
using ActorGraph.Service.Reading;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Endpoints;

/// <summary><c>POST /api/read</c>: a report read into proposed facts for review against the served graph;
/// <c>POST /api/read/save</c>: the accepted facts saved into the seed folder (only with
/// <c>serve --allow-writes</c>); <c>POST /api/read/download</c>: the accepted facts as a seed folder (zip).</summary>
public static class ReviewEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapReviewEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/read", async (ReadRequest? request, GraphState state, ReviewSaver saver, ReadingGate gate, IOptions<ReviewOptions> options, CancellationToken cancellationToken) =>
        {
            using var slot = gate.Enter();
            var review = await ReadAsync(request, state, options.Value, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(review.Answer(saver.CanSave));
        })
        .Produces<ReviewAnswer>()
        .WithName("ReadReport")
        .WithSummary("Reads a report (JSON {text, format: auto|text|markdown|html, fileName, title, date, publisher, url}; text at most 2 MB) into proposed actors, relations and processes, each with its paragraph, sentence offsets, quoted sentence, rule, confidence and effect on the served graph (new-actor, known-actor, new-tie, on-record, contradicts, new-process). Needs the X-ActorGraph-Client header. At most ActorGraph:Review:MaxConcurrentReadings (2) readings at once: beyond, 429 with Retry-After.");

        api.MapPost("/read/save", async (ReviewDecision? decision, GraphState state, ReviewSaver saver, ReadingGate gate, IOptions<ReviewOptions> options, CancellationToken cancellationToken) =>
        {
            saver.EnsureWritable(); // before reading: a read-only service refuses at once
            using var slot = gate.Enter();
            var (review, accepted) = await DecideAsync(decision, state, options.Value, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(await saver.SaveAsync(review.Existing, accepted, review.Answer(true).Report.SourceId, cancellationToken).ConfigureAwait(false));
        })
        .Produces<ReviewSaver.SaveAnswer>()
        .WithName("SaveReviewedReport")
        .WithSummary("Saves the accepted facts of a reading (JSON {report, version, accepted: [ids]}) as a new file read-SOURCE.yaml in the seed folder, after loading it with the folder's files in a temporary copy; then reloads the graph. Refused (403) unless the service runs with --allow-writes; 409 when the graph changed since the reading.");

        api.MapPost("/read/download", async (ReviewDecision? decision, GraphState state, ReadingGate gate, IOptions<ReviewOptions> options, CancellationToken cancellationToken) =>
        {
            using var slot = gate.Enter();
            var (review, accepted) = await DecideAsync(decision, state, options.Value, cancellationToken).ConfigureAwait(false);
            var sourceId = review.Answer(false).Report.SourceId;
            var kept = review.Merged.Review.Where(i => (decision!.Accepted ?? []).Contains(i.Id) || ReportReview.EffectOf(i) == "known-actor").ToList();
            return TypedResults.File(Zip(new MergeResult(accepted, kept), review), "application/zip", $"{sourceId}-seed.zip");
        })
        .Produces(StatusCodes.Status200OK, contentType: "application/zip")
        .WithName("DownloadReviewedReport")
        .WithSummary("The served graph with the accepted facts of a reading (same body as /api/read/save) as a seed folder in a zip, with review.md and review.json, as `actorgraph read --into SEED` writes it. Works on a read-only service.");
        return api;
    }

    private static async Task<ReportReview> ReadAsync(ReadRequest? request, GraphState state, ReviewOptions options, CancellationToken cancellationToken)
    {
        if (request is null) throw new ApiProblem(StatusCodes.Status400BadRequest, "Report required", "send the report as JSON: {\"text\": \"...\"}");
        var graph = GraphAccess.Current(state);
        return await ReportReview.ReadAsync(request, graph.Data, graph.Version, TimeSpan.FromSeconds(options.TimeoutSeconds), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(ReportReview Review, ActorGraph.Core.Model.ActorGraphData Accepted)> DecideAsync(
        ReviewDecision? decision, GraphState state, ReviewOptions options, CancellationToken cancellationToken)
    {
        if (decision?.Report is null)
            throw new ApiProblem(StatusCodes.Status400BadRequest, "Decisions required", "send {\"report\": {...as read...}, \"version\": N, \"accepted\": [ids]}");
        var current = GraphAccess.Current(state).Version;
        if (decision.Version is { } version && version != current)
            throw new ApiProblem(StatusCodes.Status409Conflict, "Graph changed",
                $"the graph was reloaded since this reading (version {version}, now {current}); read the report again and review the facts against the current graph",
                new Dictionary<string, object?> { ["version"] = current });
        var review = await ReadAsync(decision.Report, state, options, cancellationToken).ConfigureAwait(false);
        return (review, review.Accept(decision.Accepted ?? []));
    }

    private static byte[] Zip(MergeResult merged, ReportReview review)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"actorgraph-download-{Guid.NewGuid():N}");
        try
        {
            OutputFolder.Write(Path.Combine(folder, "seed"), merged, [review.Result]);
            using var buffer = new MemoryStream();
            ZipFile.CreateFromDirectory(Path.Combine(folder, "seed"), buffer, CompressionLevel.Optimal, includeBaseDirectory: false);
            return buffer.ToArray();
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
