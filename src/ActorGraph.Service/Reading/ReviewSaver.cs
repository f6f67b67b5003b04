using ActorGraph.Core.Model;
using ActorGraph.Hosting.Loading;
using ActorGraph.Hosting.Options;
using ActorGraph.Seed;
using ActorGraph.Seed.Writing;
using ActorGraph.Service.Api;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Reading;

/// <summary>Saves accepted facts into the served seed folder, only when writes are allowed
/// (<see cref="ReviewOptions.AllowWrites"/>). The facts go into one new file, <c>read-SOURCE.yaml</c>, so the
/// analyst's own files are never rewritten. Nothing is half-written: the folder's seed files and the new
/// file are first loaded together in a temporary copy by the normal seed loader; only when that succeeds is
/// the file written beside the others (under a hidden name, then renamed into place, one atomic step), and
/// the graph reloaded. If the reload fails after all (the folder changed meanwhile), the file is taken out again.</summary>
public sealed class ReviewSaver(
    IOptions<ReviewOptions> review,
    IOptionsMonitor<SeedOptions> seed,
    IOptions<SourceOptions> source,
    GraphLoader loader) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>What a save did.</summary>
    /// <param name="File">The file written, relative to the seed folder.</param>
    /// <param name="Version">The graph version that holds the saved facts.</param>
    /// <param name="Actors">New actors saved.</param>
    /// <param name="Relations">Relations saved.</param>
    /// <param name="Processes">Processes saved.</param>
    public sealed record SaveAnswer(string File, long Version, int Actors, int Relations, int Processes);

    /// <summary>True when the service may write into its seed folder.</summary>
    public bool CanSave => review.Value.AllowWrites && source.Value.Kind == GraphSourceKind.Seed;

    /// <summary>Throws the problem that refuses a save: 403 without the write opt-in, 409 when the graph does
    /// not come from a seed folder.</summary>
    public void EnsureWritable()
    {
        if (!review.Value.AllowWrites)
            throw new ApiProblem(StatusCodes.Status403Forbidden, "Read-only service",
                "this service does not write into its seed folder; start it with `actorgraph serve --allow-writes` to save, or download the accepted facts",
                new Dictionary<string, object?> { ["error"] = "read-only" });
        if (source.Value.Kind != GraphSourceKind.Seed)
            throw new ApiProblem(StatusCodes.Status409Conflict, "No seed folder", "the graph is read from Neo4j, not a seed folder; download the accepted facts instead");
    }

    /// <summary>Writes the records of <paramref name="accepted"/> that <paramref name="existing"/> lacks, then reloads.</summary>
    public async Task<SaveAnswer> SaveAsync(ActorGraphData existing, ActorGraphData accepted, string sourceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(accepted);
        EnsureWritable();
        var added = ReportReview.Added(accepted, existing);
        var delta = new ActorGraphData(added.Actors, added.Relations, added.Processes, added.Sources);
        var folder = seed.CurrentValue.GetFullPath();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var name = FreeName(folder, $"read-{sourceId}");
            Validate(folder, name, delta);
            var final = Path.Combine(folder, name);
            var hidden = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
            try
            {
                SeedYamlFile.Write(delta, hidden);
                File.Move(hidden, final, overwrite: false);
            }
            finally
            {
                if (File.Exists(hidden)) File.Delete(hidden);
            }
            var report = await loader.LoadAsync($"saved {name} from a reviewed report", cancellationToken).ConfigureAwait(false);
            if (!report.Succeeded)
            {
                File.Delete(final);
                await loader.LoadAsync($"took {name} out again", cancellationToken).ConfigureAwait(false);
                throw new ApiProblem(StatusCodes.Status409Conflict, "Seed folder changed",
                    "the seed folder changed while saving and no longer loads with the new facts; nothing was kept",
                    new Dictionary<string, object?> { ["errors"] = report.Errors.Take(20).ToArray() });
            }
            return new SaveAnswer(name, report.Version, delta.Actors.Length, delta.Relations.Length, delta.Processes.Length);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Loads the folder's seed files with the new file in a temporary copy; a problem (409) when they
    /// do not load together or the loaded graph lacks a saved record.</summary>
    private void Validate(string folder, string name, ActorGraphData delta)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"actorgraph-save-{Guid.NewGuid():N}");
        Directory.CreateDirectory(copy);
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var fileName = Path.GetFileName(file);
                if (fileName.StartsWith('.') || Path.GetExtension(fileName).ToLowerInvariant() is not (".yaml" or ".yml" or ".csv")) continue;
                File.Copy(file, Path.Combine(copy, fileName));
            }
            SeedYamlFile.Write(delta, Path.Combine(copy, name));
            var loaded = SeedLoader.Load(copy, seed.CurrentValue.Limits);
            if (loaded.Graph is not { } graph)
                throw new ApiProblem(StatusCodes.Status409Conflict, "Seed would not load",
                    "the seed folder with the accepted facts does not load; nothing was written",
                    new Dictionary<string, object?> { ["errors"] = loaded.Errors.Take(20).Select(e => e.ToString().Replace(copy + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)).ToArray() });
            var relations = graph.Relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            if (delta.Actors.Any(a => graph.FindActor(a.Id) is null) || delta.Relations.Any(r => !relations.Contains(r.Id))
                || delta.Processes.Any(p => !graph.ProcessesById.ContainsKey(p.Id)))
                throw new InvalidOperationException("the saved seed lacks an accepted record");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static string FreeName(string folder, string stem)
    {
        var name = stem + ".yaml";
        for (var n = 2; File.Exists(Path.Combine(folder, name)); n++) name = $"{stem}-{n}.yaml";
        return name;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
