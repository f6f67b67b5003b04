using ActorGraph.Core.Model;
using ActorGraph.Import.Canonical;

namespace ActorGraph.Import.Aggregation;

/// <summary>An imported actor while the import runs: its canonical identity and the source spellings
/// seen for it, with how many events used each (they become aliases).</summary>
internal sealed class ActorEntry(ActorIdentity identity)
{
    /// <summary>At most this many spellings are kept per actor (memory stays bounded by actors).</summary>
    public const int MaxSpellings = 16;

    public ActorIdentity Identity { get; } = identity;
    public string Id => Identity.Id;
    public string Name => Identity.Name;
    public ActorKind Kind => Identity.Kind;
    /// <summary>The country code (a later row may fill in one the first did not have).</summary>
    public string? Country { get; set; } = identity.Country;
    /// <summary>The first source key seen (the CAMEO code, or the name).</summary>
    public string? FirstKey { get; set; }
    /// <summary>Source spellings and codes, with their event counts.</summary>
    public Dictionary<string, long> Spellings { get; } = new(StringComparer.Ordinal);

    public void AddSpelling(string spelling, long events)
    {
        if (string.IsNullOrWhiteSpace(spelling)) return;
        if (Spellings.TryGetValue(spelling, out var n)) Spellings[spelling] = n + events;
        else if (Spellings.Count < MaxSpellings) Spellings[spelling] = events;
    }
}
