namespace ActorGraph.Import.Tests.Support;

/// <summary>The real event files in <c>../shared/real-data</c> beside the repository (provenance in its README).</summary>
public static class RealFiles
{
    /// <summary>The absolute path of <paramref name="relative"/> under the shared real-data folder.</summary>
    public static string Path(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ActorGraph.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("the repository root (ActorGraph.sln) was not found above " + AppContext.BaseDirectory);
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "real-data", relative));
        if (!File.Exists(path)) throw new FileNotFoundException($"real-data file missing: {path} (CI has ../shared beside the checkout)", path);
        return path;
    }
}
