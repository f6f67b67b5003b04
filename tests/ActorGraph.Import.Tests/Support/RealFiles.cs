using ActorGraph.TestSupport;

namespace ActorGraph.Import.Tests.Support;

/// <summary>The real event files in <c>../shared/real-data</c> beside the repository (provenance in its README).</summary>
public static class RealFiles
{
    /// <summary>The absolute path of <paramref name="relative"/> under the shared real-data folder.</summary>
    public static string Path(string relative)
    {
        var path = System.IO.Path.GetFullPath(RepositoryPaths.Combine("..", "shared", "real-data", relative));
        if (!File.Exists(path)) throw new FileNotFoundException($"real-data file missing: {path} (CI has ../shared beside the checkout)", path);
        return path;
    }
}
