using ActorGraph.Core.Text;

namespace ActorGraph.Seed.Validation;

/// <summary>Checks that no alias, once normalised with <see cref="NameKey"/>, also names a different
/// actor (its id, name or one of its aliases): an alias must lead to exactly one actor.</summary>
/// <remarks>Two actors may share a display name (two people called the same); the resolver reports that
/// as ambiguous. Costs O(V) key computations (over the cores), and nothing when no actor has aliases.</remarks>
internal static class AliasCheck
{
    public static void Run(SeedContext context)
    {
        if (context.AliasSites.Count == 0) return;
        var actors = context.Actors;
        // The keys are computed over the cores, then taken in actor order (the first owner of a key wins, as before).
        var idKeys = new string[actors.Count];
        var nameKeys = new string[actors.Count];
        Parallel.For(0, actors.Count, i =>
        {
            idKeys[i] = NameKey.Of(actors[i].Id);
            nameKeys[i] = NameKey.Of(actors[i].Name);
        });
        var sites = context.AliasSites;
        var aliasKeys = new string[sites.Count];
        Parallel.For(0, sites.Count, k => aliasKeys[k] = NameKey.Of(sites[k].Alias));
        var owners = new Dictionary<string, int>(actors.Count * 2, StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            owners.TryAdd(idKeys[i], i);
            owners.TryAdd(nameKeys[i], i);
        }

        var aliasOwners = new Dictionary<string, (int Actor, Definition Where)>(StringComparer.Ordinal);
        for (var k = 0; k < sites.Count; k++)
        {
            var (actor, alias, file, location) = sites[k];
            var key = aliasKeys[k];
            var id = actors[actor].Id;
            if (key.Length == 0)
            {
                context.Errors.Add(file, location, $"alias '{alias}' of '{id}' has no letters or digits, so nobody can type it");
                continue;
            }
            if (owners.TryGetValue(key, out var other) && other != actor && !SameKeyAsOwnName(idKeys[actor], nameKeys[actor], key))
            {
                context.Errors.Add(file, location,
                    $"alias '{alias}' of '{id}' also names actor '{actors[other].Id}' ({actors[other].Name}); an alias must lead to one actor");
                continue;
            }
            if (aliasOwners.TryGetValue(key, out var first))
            {
                if (first.Actor != actor)
                {
                    context.Errors.Add(file, location,
                        $"alias '{alias}' of '{id}' is also an alias of '{actors[first.Actor].Id}' (at {first.Where}); an alias must lead to one actor");
                }
                continue;
            }
            aliasOwners.Add(key, (actor, new Definition(file, location)));
        }
    }

    /// <summary>True when the key is also the actor's own id or name (then the alias adds nothing new to clash).</summary>
    private static bool SameKeyAsOwnName(string idKey, string nameKey, string key) => idKey == key || nameKey == key;
}
