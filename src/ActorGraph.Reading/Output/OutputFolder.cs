using ActorGraph.Reading.Facts;
using ActorGraph.Seed;

namespace ActorGraph.Reading.Output;

/// <summary>Writes the seed folder and the review into a temporary folder beside the target, checks that
/// the seed loads, then renames it into place: the target is either complete or untouched.</summary>
public static class OutputFolder
{
    /// <exception cref="IOException">The target exists and is not empty, or the written seed does not load.</exception>
    public static void Write(string directory, MergeResult merged, IReadOnlyList<ReadingResult> results, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(merged);
        var target = Path.GetFullPath(directory);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !overwrite)
            throw new IOException($"'{directory}' exists and is not empty; choose a new folder or pass --force to replace it");
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            SeedCsvWriter.Write(merged.Graph, temp);
            ReviewWriter.Write(temp, results, merged.Review, merged.SourceIds);
            var check = SeedLoader.Load(temp);
            if (!check.Succeeded)
                throw new IOException("the proposed seed does not validate (a bug in the reader): " + string.Join("; ", check.Errors.Take(5)));
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Directory.Move(temp, target);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }
}
