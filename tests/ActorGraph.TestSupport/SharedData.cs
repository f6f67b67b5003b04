namespace ActorGraph.TestSupport;

/// <summary>The shared data beside the repository (<c>../shared</c>, see the common brief): real reports with
/// gold readings and the article graph-seed encodes. Nobody on the project wrote these texts.</summary>
public static class SharedData
{
    /// <summary>A report of <c>../shared/reports</c> by its name without extension, e.g. <c>01-yemen-un-truce</c>.</summary>
    public static string Report(string name) => RepositoryPaths.Combine("..", "shared", "reports", name + ".txt");

    /// <summary>The news report that graph-seed encodes.</summary>
    public static string Article => RepositoryPaths.Combine("..", "shared", "seed", "article.txt");
}
