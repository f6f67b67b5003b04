using ActorGraph.Core.Model;

namespace ActorGraph.Hosting.Loading;

/// <summary>The outcome of reading a seed folder: a graph, or the errors that stop it (never both).</summary>
/// <param name="Graph">The graph when the folder is valid; null otherwise.</param>
/// <param name="Errors">Each problem as one line, <c>file:line:col: message</c> where there is a file.</param>
public sealed record SeedReadResult(ActorGraphData? Graph, IReadOnlyList<string> Errors)
{
    /// <summary>True when the folder gave a graph.</summary>
    public bool Succeeded => Graph is not null && Errors.Count == 0;
}

/// <summary>Reads a seed folder into a graph. The seam between the host and the seed format.</summary>
public interface ISeedReader
{
    /// <summary>Reads and validates every file in <paramref name="folder"/>.</summary>
    SeedReadResult Read(string folder);
}
