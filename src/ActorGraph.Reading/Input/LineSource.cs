namespace ActorGraph.Reading.Input;

/// <summary>Lines of a text reader with a few lines of look-ahead (the header zone of a report).</summary>
internal sealed class LineSource(TextReader reader)
{
    private readonly List<string?> _ahead = [];

    public string? Peek() => PeekAt(0);

    /// <summary>The line <paramref name="index"/> lines ahead, without consuming it; null past the end.</summary>
    public string? PeekAt(int index)
    {
        while (_ahead.Count <= index) _ahead.Add(reader.ReadLine());
        return _ahead[index];
    }

    public string? Next()
    {
        var line = Peek();
        _ahead.RemoveAt(0);
        return line;
    }
}
