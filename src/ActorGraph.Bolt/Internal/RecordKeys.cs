namespace ActorGraph.Bolt.Internal;

/// <summary>Column names of a result and their positions, shared by all its records.</summary>
internal sealed class RecordKeys
{
    public RecordKeys(string[] names)
    {
        Names = names;
        Index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++) Index[names[i]] = i;
    }

    public string[] Names { get; }
    public Dictionary<string, int> Index { get; }
}
