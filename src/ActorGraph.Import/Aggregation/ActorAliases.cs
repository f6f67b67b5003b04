using ActorGraph.Core.Text;

namespace ActorGraph.Import.Aggregation;

/// <summary>Turns the spellings and codes seen for each actor into aliases that lead to one actor each,
/// as the seed format requires: a spelling equal to the actor's own name adds nothing and is dropped, one
/// that is another actor's id or name is dropped ("United States"
/// written beside <c>USAGOV</c> stays the state's name), and a spelling shared by several actors goes to
/// the one that used it most (ties: the smallest id). Code-table variants ("Russian Federation") count
/// before any spelling.</summary>
internal static class ActorAliases
{
    private const long VariantWeight = long.MaxValue / 4;

    /// <summary>Aliases per entry, in entry order, each sorted.</summary>
    public static string[][] Assign(IReadOnlyList<ActorEntry> entries)
    {
        // Id and name keys, with the actor that holds them (-1 when several do).
        var reserved = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            Reserve(NameKey.Of(entries[i].Id), i);
            Reserve(NameKey.Of(entries[i].Name), i);
        }

        void Reserve(string key, int owner) => reserved[key] = reserved.TryGetValue(key, out var other) && other != owner ? -1 : owner;

        // key -> (owner, weight, spelling)
        var best = new Dictionary<string, (int Owner, long Weight, string Spelling)>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            foreach (var v in e.Identity.Variants) Offer(i, v, VariantWeight);
            foreach (var (spelling, count) in e.Spellings) Offer(i, spelling, count);
        }

        void Offer(int owner, string spelling, long weight)
        {
            var key = NameKey.Of(spelling);
            if (key.Length == 0 || string.Equals(key, NameKey.Of(entries[owner].Name), StringComparison.Ordinal)) return;
            // Another actor's id or name: the spelling leads there already. The actor's own id (a code
            // such as USA or USAGOV) is kept: codes are aliases.
            if (reserved.TryGetValue(key, out var holder) && holder != owner) return;
            if (best.TryGetValue(key, out var current))
            {
                var better = weight > current.Weight
                             || (weight == current.Weight && current.Owner != owner && string.CompareOrdinal(entries[owner].Id, entries[current.Owner].Id) < 0);
                if (!better) return;
            }
            best[key] = (owner, weight, spelling);
        }

        var aliases = new List<string>?[entries.Count];
        foreach (var (_, (owner, _, spelling)) in best) (aliases[owner] ??= []).Add(spelling);
        return [.. aliases.Select(list => list is null ? [] : list.Order(StringComparer.Ordinal).ToArray())];
    }
}
