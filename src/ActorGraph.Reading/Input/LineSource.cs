namespace ActorGraph.Reading.Input;

/// <summary>Lines of a text reader with one line of look-ahead.</summary>
internal sealed class LineSource(TextReader reader)
{
    private string? _peeked;
    private bool _hasPeeked;

    public string? Peek()
    {
        if (!_hasPeeked) { _peeked = reader.ReadLine(); _hasPeeked = true; }
        return _peeked;
    }

    public string? Next()
    {
        var line = Peek();
        _hasPeeked = false;
        return line;
    }
}
