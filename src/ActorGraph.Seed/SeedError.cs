namespace ActorGraph.Seed;

/// <summary>One problem in a seed folder, at a place a user can open in an editor.</summary>
/// <param name="File">The file, relative to the seed folder (or the folder itself for folder-level problems).</param>
/// <param name="Line">1-based line; 0 when the problem is about the whole file or folder.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it.</param>
public sealed record SeedError(string File, int Line, int Column, string Message)
{
    /// <summary><c>file:line:column: message</c>, or <c>file: message</c> when there is no line.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
