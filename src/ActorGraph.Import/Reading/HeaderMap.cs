namespace ActorGraph.Import.Reading;

/// <summary>Finds columns by header name, ignoring case, spaces, dashes and underscores
/// (<c>Event Date</c> = <c>event_date</c> = <c>EventDate</c>).</summary>
public sealed class HeaderMap
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    /// <summary>Indexes the header cells.</summary>
    public HeaderMap(IEnumerable<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var i = 0;
        foreach (var name in header) _columns.TryAdd(Normalise(name), i++);
        Count = i;
    }

    /// <summary>Number of header cells.</summary>
    public int Count { get; }

    /// <summary>The column of the first of <paramref name="names"/> present, or -1.</summary>
    public int Find(params ReadOnlySpan<string> names)
    {
        foreach (var name in names) if (_columns.TryGetValue(Normalise(name), out var i)) return i;
        return -1;
    }

    /// <summary>Lower case, letters and digits only.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Concat(name.Trim().Trim('"').Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
    }
}
