namespace ActorGraph.Import.Aggregation;

/// <summary>One side of an event as a reader found it, as spans into the current line (no copies).</summary>
/// <param name="Key">What identifies the actor in this data: the CAMEO actor code (GDELT) or the name (ICEWS, PLOVER).</param>
/// <param name="Name">Display name, if any.</param>
/// <param name="Country">ISO 3166-1 alpha-3 country code, if any.</param>
/// <param name="Group">CAMEO known-group code (GDELT) or sectors (ICEWS), if any.</param>
/// <param name="Type">CAMEO type code (GOV, MIL, REB...), if any.</param>
public readonly ref struct ActorFields(
    ReadOnlySpan<char> Key,
    ReadOnlySpan<char> Name,
    ReadOnlySpan<char> Country,
    ReadOnlySpan<char> Group,
    ReadOnlySpan<char> Type)
{
    /// <summary>The identifying key.</summary>
    public ReadOnlySpan<char> Key { get; } = Key;
    /// <summary>The display name.</summary>
    public ReadOnlySpan<char> Name { get; } = Name;
    /// <summary>The country code.</summary>
    public ReadOnlySpan<char> Country { get; } = Country;
    /// <summary>Known group or sectors.</summary>
    public ReadOnlySpan<char> Group { get; } = Group;
    /// <summary>Type code.</summary>
    public ReadOnlySpan<char> Type { get; } = Type;
}
