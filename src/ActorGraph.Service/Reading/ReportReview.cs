using System.Diagnostics;
using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Reading;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Input;
using ActorGraph.Reading.Output;
using ActorGraph.Service.Api;

namespace ActorGraph.Service.Reading;

/// <summary>One report read against the served graph: the reader's result, and the graph merged with it by
/// the same <see cref="GraphMerger"/> that <c>actorgraph read --into</c> uses (actors resolved by id, name and
/// alias, never duplicated; each fact's effect on the graph on record).</summary>
/// <param name="Existing">The graph the report was read against.</param>
/// <param name="Version">Its version.</param>
/// <param name="Result">What the reader proposes.</param>
/// <param name="Merged">The existing graph with every proposed fact merged in, and the review of each fact.</param>
public sealed record ReportReview(ActorGraphData Existing, long Version, ReadingResult Result, MergeResult Merged)
{
    /// <summary>Reads <paramref name="request"/> within <paramref name="timeout"/>; bad input becomes a typed
    /// <see cref="ApiProblem"/> (see <see cref="ReadingProblems"/>).</summary>
    public static async Task<ReportReview> ReadAsync(ReadRequest request, ActorGraphData existing, long version, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(existing);
        var text = request.Text;
        if (string.IsNullOrWhiteSpace(text))
            throw ReadingProblems.Of(new ReadingException(ReadingError.Empty, "report", "the report is empty: paste its text or choose a file"));
        var options = new ReadingOptions
        {
            Title = Blank(request.Title),
            Date = Date(request.Date),
            Publisher = Blank(request.Publisher),
            Url = Blank(request.Url),
        };
        var name = NameFor(request);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        deadline.CancelAfter(timeout);
        try
        {
            var result = await Task.Run(() => ReportReader.ReadText(text, name, options, deadline.Token), deadline.Token).ConfigureAwait(false);
            // The timer that cancels the token runs on the thread pool and fires late when the pool is busy; the limit is
            // the elapsed time, so a reading that ended past it is refused as if the timer had been on time.
            if (Stopwatch.GetElapsedTime(started) > timeout) throw ReadingProblems.TimedOut(timeout);
            var merged = GraphMerger.Merge([result], existing);
            return new ReportReview(existing, version, result, merged);
        }
        catch (ReadingException e)
        {
            throw ReadingProblems.Of(e);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw ReadingProblems.TimedOut(timeout);
        }
    }

    /// <summary>The answer for the page: every fact with its sentence and effect, and the records to draw.</summary>
    public ReviewAnswer Answer(bool canSave)
    {
        var added = Added(Merged.Graph, Existing);
        var newActors = added.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var facts = Merged.Review.Select(item => Fact(item, newActors)).ToList();
        var r = Result.Report;
        return new ReviewAnswer(Version,
            new ReviewReport(added.Sources.FirstOrDefault()?.Id ?? r.SourceId, r.Title, r.Date, r.Publisher, r.Url, Result.Paragraphs, Result.Sentences),
            Result.Notes, facts, added, canSave);
    }

    /// <summary>The existing graph plus the accepted facts (and the report as their source). Refuses (422) an
    /// unknown id, an empty choice, or a fact that refers to a new actor that is not accepted.</summary>
    public ActorGraphData Accept(IReadOnlyCollection<string> accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var added = Added(Merged.Graph, Existing);
        var ids = added.Actors.Select(a => a.Id).Concat(added.Relations.Select(x => x.Id)).Concat(added.Processes.Select(x => x.Id))
            .ToHashSet(StringComparer.Ordinal);
        var known = Merged.Review.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = accepted.Where(id => !ids.Contains(id) && !known.Contains(id)).ToList();
        if (unknown.Count > 0)
            throw new ApiProblem(StatusCodes.Status422UnprocessableEntity, "Unknown fact",
                $"this reading proposes no fact with the id {string.Join(", ", unknown.Take(5).Select(x => $"'{x}'"))}; read the report again",
                new Dictionary<string, object?> { ["ids"] = unknown.Take(20).ToArray() });
        var keep = accepted.Where(ids.Contains).ToHashSet(StringComparer.Ordinal);
        var newActors = added.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var relation in added.Relations.Where(x => keep.Contains(x.Id)))
            missing.AddRange(new[] { relation.Source, relation.Target }.Where(a => newActors.Contains(a) && !keep.Contains(a)).Select(a => $"{relation.Id} needs {a}"));
        foreach (var process in added.Processes.Where(x => keep.Contains(x.Id)))
            missing.AddRange(process.Parties.Concat(process.Mediators).Where(a => newActors.Contains(a) && !keep.Contains(a)).Select(a => $"{process.Id} needs {a}"));
        if (missing.Count > 0)
            throw new ApiProblem(StatusCodes.Status422UnprocessableEntity, "Accepted fact needs a rejected actor",
                $"accept the new actors these facts refer to, or reject the facts: {string.Join("; ", missing.Take(5))}",
                new Dictionary<string, object?> { ["needs"] = missing.Take(50).ToArray() });
        if (keep.Count == 0)
            throw new ApiProblem(StatusCodes.Status422UnprocessableEntity, "Nothing accepted", "no new fact is accepted, so there is nothing to save");
        return new ActorGraphData(
            Existing.Actors.Concat(added.Actors.Where(a => keep.Contains(a.Id))),
            Existing.Relations.Concat(added.Relations.Where(x => keep.Contains(x.Id))),
            Existing.Processes.Concat(added.Processes.Where(x => keep.Contains(x.Id))),
            Existing.Sources.Concat(added.Sources));
    }

    /// <summary>The records of <paramref name="graph"/> that <paramref name="existing"/> does not have.</summary>
    public static ProposedRecords Added(ActorGraphData graph, ActorGraphData existing)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(existing);
        var relations = existing.Relations.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        return new ProposedRecords(
            [.. graph.Actors.Where(a => existing.FindActor(a.Id) is null)],
            [.. graph.Relations.Where(x => !relations.Contains(x.Id))],
            [.. graph.Processes.Where(x => !existing.ProcessesById.ContainsKey(x.Id))],
            [.. graph.Sources.Where(x => !existing.SourcesById.ContainsKey(x.Id))]);
    }

    private ReviewFact Fact(ReviewItem item, HashSet<string> newActors)
    {
        var effect = EffectOf(item);
        IEnumerable<string> refers = item.Kind switch
        {
            "relation" when Merged.Graph.Relations.FirstOrDefault(x => x.Id == item.Id) is { } x => [x.Source, x.Target],
            "process" when Merged.Graph.ProcessesById.TryGetValue(item.Id, out var p) => p.Parties.Concat(p.Mediators),
            _ => [],
        };
        return new ReviewFact(item.Id, item.Kind, item.Summary, effect, item.Change, item.Rule, Math.Round(item.Confidence, 2),
            item.Where.Paragraph, item.Where.Start, item.Where.End, item.Where.Sentence, item.Quote,
            [.. refers.Where(newActors.Contains).Distinct()], Reviewable: effect != "known-actor");
    }

    /// <summary>The effect word for a review item's change (the merger's wording: "new actor", "known actor: x",
    /// "same actor as x", "new tie", "already on record: x", "contradicts x", "new process ...").</summary>
    public static string EffectOf(ReviewItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var change = item.Change;
        if (change.StartsWith("contradicts", StringComparison.Ordinal)) return "contradicts";
        if (change.StartsWith("already", StringComparison.Ordinal)) return "on-record";
        if (change.StartsWith("known", StringComparison.Ordinal) || change.StartsWith("same actor", StringComparison.Ordinal)) return "known-actor";
        return item.Kind switch { "actor" => "new-actor", "process" => "new-process", _ => "new-tie" };
    }

    private static string NameFor(ReadRequest request)
    {
        // The reader takes the format from the name's extension and the source id from the name.
        var given = Blank(request.FileName) ?? Blank(request.Title) ?? "pasted report";
        var stem = new string([.. Path.GetFileNameWithoutExtension(given.Replace('\\', '/').Split('/')[^1])
            .Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Trim();
        if (stem.Length == 0) stem = "pasted report";
        if (stem.Length > 80) stem = stem[..80];
        var extension = (request.Format ?? "auto").Trim().ToLowerInvariant() switch
        {
            "auto" or "" => Path.GetExtension(request.FileName ?? "").ToLowerInvariant() is var e && e is ".txt" or ".md" or ".markdown" or ".html" or ".htm" ? e : "",
            "text" or "plain" => ".txt",
            "markdown" => ".md",
            "html" => ".html",
            var other => throw ApiProblem.BadParameter("format", $"'{other}' is not a format; use auto, text, markdown or html"),
        };
        return stem + extension;
    }

    private static DateOnly? Date(string? text)
    {
        if (Blank(text) is not { } value) return null;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : throw ApiProblem.BadParameter("date", $"'{value}' is not a date in the form YYYY-MM-DD");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
