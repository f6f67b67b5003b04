using System.Diagnostics;
using System.Globalization;

namespace ActorGraph.Import.Output;

/// <summary>Names the hidden work folders of a seed-folder import and removes those that a killed import
/// left behind. A work folder is <c>.NAME.import-PID-GUID</c> (or <c>...-GUID.old</c> for the replaced
/// folder during the swap); it is stale when process PID no longer runs, or when it is older than a day
/// (PIDs are reused).</summary>
public static class StaleImportFolders
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    /// <summary>A new work folder name for the seed folder <paramref name="name"/>.</summary>
    public static string NameFor(string name) =>
        string.Create(CultureInfo.InvariantCulture, $".{name}.import-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>Deletes the stale work folders of <paramref name="name"/> in <paramref name="parent"/>;
    /// returns how many were removed. Folders it cannot delete are left (and tried again next time).</summary>
    public static int Remove(string parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(name);
        if (!Directory.Exists(parent)) return 0;
        var removed = 0;
        var prefix = $".{name}.import-";
        foreach (var dir in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            if (!IsStale(Path.GetFileName(dir)[prefix.Length..], dir)) continue;
            try
            {
                Directory.Delete(dir, recursive: true);
                removed++;
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return removed;
    }

    private static bool IsStale(string suffix, string dir)
    {
        if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(dir) > MaxAge) return true;
        var dash = suffix.IndexOf('-', StringComparison.Ordinal);
        // Folders of the old naming (a GUID only) carry no PID: stale, since no running import uses that name.
        if (dash < 0 || !int.TryParse(suffix.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return true;
        if (pid == Environment.ProcessId) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
