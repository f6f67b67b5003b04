using System.Collections.Immutable;
using ActorGraph.Seed;

namespace ActorGraph.Hosting.Sources;

/// <summary>A graph source gave no graph: the folder is missing, or the seed has errors (each with its file,
/// line and column, relative to <see cref="GraphSourceException.Folder"/>).</summary>
public sealed class GraphSourceException : Exception
{
    /// <summary>Creates the error.</summary>
    public GraphSourceException(string message, string folder, ImmutableArray<SeedError> errors) : base(message)
    {
        Folder = folder;
        Errors = errors;
    }

    /// <summary>Creates the error.</summary>
    public GraphSourceException() : this("no graph", "", []) { }

    /// <summary>Creates the error.</summary>
    public GraphSourceException(string message) : this(message, "", []) { }

    /// <summary>Creates the error.</summary>
    public GraphSourceException(string message, Exception innerException) : base(message, innerException)
    {
        Folder = "";
        Errors = [];
    }

    /// <summary>The seed folder.</summary>
    public string Folder { get; }

    /// <summary>Every seed error; empty when the folder does not exist.</summary>
    public ImmutableArray<SeedError> Errors { get; }

    /// <summary>True when the folder itself is missing.</summary>
    public bool FolderMissing => Errors.IsEmpty;
}
