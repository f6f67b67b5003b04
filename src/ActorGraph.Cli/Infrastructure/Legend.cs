namespace ActorGraph.Cli.Infrastructure;

/// <summary>The one-line explanations printed under a table, one per score column: <c>  SCORE  what it means</c>,
/// names aligned, meanings wrapped under themselves within the 100-column screen.</summary>
public static class Legend
{
    /// <summary>Writes <paramref name="entries"/> (column name, meaning) under a table.</summary>
    public static void Write(TextWriter o, params (string Column, string Meaning)[] entries)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(entries);
        var width = entries.Max(e => e.Column.Length);
        var room = TableWriter.DefaultWidth - width - 4;
        foreach (var (column, meaning) in entries)
        {
            // Continuation lines start under the meaning, not under the column name.
            var lines = TextWrap.Wrap(meaning, room);
            o.WriteLine($"  {column.PadRight(width)}  {lines[0]}");
            foreach (var more in lines.Skip(1)) o.WriteLine($"  {new string(' ', width)}  {more}");
        }
    }
}
