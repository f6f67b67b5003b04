namespace ActorGraph.Cli.Infrastructure;

/// <summary>The one-line explanations printed under a table, one per score column: <c>  SCORE  what it means</c>,
/// names aligned. Lines wider than the screen are wrapped by <see cref="WrappingWriter"/>.</summary>
public static class Legend
{
    /// <summary>Writes <paramref name="entries"/> (column name, meaning) under a table.</summary>
    public static void Write(TextWriter o, params (string Column, string Meaning)[] entries)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(entries);
        var width = entries.Max(e => e.Column.Length);
        foreach (var (column, meaning) in entries) o.WriteLine($"  {column.PadRight(width)}  {meaning}");
    }
}
