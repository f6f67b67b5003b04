using ActorGraph.Core.Text;

namespace ActorGraph.Seed.Validation;

/// <summary>Checks that no alias, once normalised with <see cref="NameKey"/>, also names a different
/// actor (its id, name or one of its aliases): an alias must lead to exactly one actor.</summary>
/// <remarks>Two actors may share a display name (two people called the same); the resolver reports that
/// as ambiguous. Costs O(V) key computations, and nothing when no actor has aliases.</remarks>
internal static class AliasCheck
{
    public static void Run(SeedContext context)
    {
        if (context.AliasSites.Count == 0) return;
        var actors = context.Actors;
        var owners = new Dictionary<string, int>(actors.Count * 2, StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            owners.TryAdd(NameKey.Of(actors[i].Id), i);
            owners.TryAdd(NameKey.Of(actors[i].Name), i);
        }

        var aliasOwners = new Dictionary<string, (int Actor, Definition Where)>(StringComparer.Ordinal);
        foreach (var (actor, alias, file, location) in context.AliasSites)
        {
            var key = NameKey.Of(alias);
            var id = actors[actor].Id;
            if (key.Length == 0)
            {
                context.Errors.Add(file, location, $"alias '{alias}' of '{id}' has no letters or digits, so nobody can type it");
                continue;
            }
            if (owners.TryGetValue(key, out var other) && other != actor && !SameKeyAsOwnName(actors[actor], key))
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
    private static bool SameKeyAsOwnName(Core.Model.Actor actor, string key) =>
        NameKey.Of(actor.Id) == key || NameKey.Of(actor.Name) == key;
}
