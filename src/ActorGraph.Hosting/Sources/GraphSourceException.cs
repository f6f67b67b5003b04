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

    /// <summary>Each error as <c>file:line:column: message</c>, the file joined to <see cref="Folder"/> so that it
    /// opens from a terminal or a log; folder-level problems already name the folder.</summary>
    public IEnumerable<string> Lines => Errors.Select(e => Locate(Folder, e));

    /// <summary><paramref name="error"/> as one line, its file joined to <paramref name="folder"/> (the seed folder
    /// it was read from) unless it is absolute or the folder itself.</summary>
    public static string Locate(string folder, SeedError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return (Path.IsPathRooted(error.File) || error.File == folder ? error : error with { File = Path.Combine(folder, error.File) }).ToString();
    }

    /// <summary>True when the folder itself is missing.</summary>
    public bool FolderMissing => Errors.IsEmpty;
}
