using System.Collections.Frozen;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Core.Resolution;

/// <summary>Resolves what users type ("u.s.", "turkiye", "Netanyahu") to actors by id, name or alias,
/// ignoring case, accents and punctuation; a state or territory also by the words of its names in any order,
/// with published abbreviations spelled out ("Korea, Republic of", "Congo, Dem. Rep."). Build once per graph; lookups are O(1) plus suggestion cost on a miss.</summary>
public sealed class ActorResolver
{
    private readonly FrozenDictionary<string, Actor[]> _byKey;
    private readonly FrozenDictionary<string, Actor[]> _byCountryWords;
    private readonly ActorGraphData _graph;

    /// <summary>Indexes every actor's id, name and aliases.</summary>
    public ActorResolver(ActorGraphData graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        // The keys over the cores, then the map in actor order (each key's actors in load order, as one thread would).
        var actors = graph.Actors;
        var keys = new string[actors.Length][];
        Parallel.For(0, actors.Length, i => keys[i] = [.. NamesOf(actors[i]).Select(NameKey.Of)]);
        var map = new Dictionary<string, List<Actor>>(actors.Length, StringComparer.Ordinal);
        for (var i = 0; i < actors.Length; i++)
        {
            var actor = actors[i];
            foreach (var key in keys[i])
            {
                if (key.Length == 0) continue;
                if (!map.TryGetValue(key, out var list)) map[key] = list = [];
                if (!list.Contains(actor)) list.Add(actor);
            }
        }
        _byKey = map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byCountryWords = CountryWordIndex(actors);
    }

    /// <summary>States and territories by the sorted words of their names and aliases (<see cref="CountryWordKey"/>),
    /// so that "Korea, Republic of" finds the state named "South Korea" whose alias is "Republic of Korea".</summary>
    private static FrozenDictionary<string, Actor[]> CountryWordIndex(IEnumerable<Actor> actors)
    {
        var map = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            if (actor.Kind is not (ActorKind.State or ActorKind.Territory)) continue;
            foreach (var name in NamesOf(actor))
            {
                var key = CountryWordKey.Of(name);
                if (key.Length == 0) continue;
                if (!map.TryGetValue(key, out var list)) map[key] = list = [];
                if (!list.Contains(actor)) list.Add(actor);
            }
        }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every name an actor answers to: id, name, aliases.</summary>
    public static IEnumerable<string> NamesOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        yield return actor.Id;
        yield return actor.Name;
        foreach (var alias in actor.Aliases) yield return alias;
    }

    /// <summary>Resolves <paramref name="query"/>: an exact id wins, then a unique normalised match, then a unique
    /// state or territory with the same name words; several at one step are <see cref="ActorResolution.Ambiguous"/>.</summary>
    public ActorResolution Resolve(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_graph.FindActor(query.Trim()) is { } exact) return new ActorResolution.Found(query, exact);
        var key = NameKey.Of(query);
        if (key.Length > 0 && _byKey.TryGetValue(key, out var hits))
        {
            return hits.Length == 1
                ? new ActorResolution.Found(query, hits[0])
                : new ActorResolution.Ambiguous(query, hits);
        }
        // "Congo, Democratic Republic of the", "Korea, Rep.": a country typed in another word order or abbreviated.
        if (_byCountryWords.TryGetValue(CountryWordKey.Of(query), out var states))
        {
            return states.Length == 1
                ? new ActorResolution.Found(query, states[0])
                : new ActorResolution.Ambiguous(query, states);
        }
        var suggestionKeys = Suggestions.Closest(key, _byKey.Keys, 5);
        var suggestions = suggestionKeys.SelectMany(k => _byKey[k]).Distinct().Take(3).ToList();
        return new ActorResolution.NotFound(query, suggestions);
    }
}
