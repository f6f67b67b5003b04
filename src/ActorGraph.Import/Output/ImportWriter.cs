using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Seed;

namespace ActorGraph.Import.Output;

/// <summary>Puts an imported graph where the user asked: a seed folder (CSV, reviewable, read by the normal
/// seed loader) or the configured store. All or nothing in both cases.</summary>
public static class ImportWriter
{
    /// <summary>Writes the graph as a seed folder. The files are written to a hidden temporary folder beside
    /// <paramref name="directory"/> (<c>.NAME.import-PID-GUID</c>) and moved into place at the end, so a failure
    /// leaves nothing visible; folders left by a killed import are removed by the next one.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="directory">The seed folder to create.</param>
    /// <param name="replace">Replace an existing non-empty folder (otherwise that is an error).</param>
    /// <exception cref="ImportFailedException">The folder exists and is not empty, and <paramref name="replace"/> is false.</exception>
    public static void WriteSeedFolder(ActorGraphData graph, string directory, bool replace)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(directory);
        var full = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(full)) throw new ImportFailedException($"{directory}: is a file, not a folder");
        var exists = Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any();
        if (exists && !replace) throw new ImportFailedException($"{directory}: the folder exists and is not empty; choose another --out or pass --force to replace it");

        var parent = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        StaleImportFolders.Remove(parent, Path.GetFileName(full));
        var temp = Path.Combine(parent, StaleImportFolders.NameFor(Path.GetFileName(full)));
        try
        {
            SeedCsvWriter.Write(graph, temp);
            if (Directory.Exists(full))
            {
                var old = temp + ".old";
                Directory.Move(full, old);
                Directory.Move(temp, full);
                Directory.Delete(old, recursive: true);
            }
            else
            {
                Directory.Move(temp, full);
            }
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>Replaces the store's graph with the imported one (the store makes it atomic).</summary>
    public static Task IntoStoreAsync(IGraphStore store, ActorGraphData graph, string origin, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ReplaceAsync(graph, origin, progress, cancellationToken);
    }
}
