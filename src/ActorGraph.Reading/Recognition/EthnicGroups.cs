using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A people named by a state's adjective or name before another state's plural demonym: "the Bosnian Serbs",
/// "the Bosnian Croats", "Kosovo Albanians", "Greek Cypriots". They are a group of their own, living in the first
/// state, not either state: an armed group where the sentence speaks of war or fighting, otherwise a population.
/// Once met, the singular before a noun ("Bosnian Serb positions") names the same group.</summary>
internal static class EthnicGroups
{
    private static readonly HashSet<string> WarWords = new(StringComparer.Ordinal)
    {
        "war", "wars", "fought", "fight", "fighting", "fighters", "forces", "militia", "militias", "offensive", "army",
        "rebels", "rebel", "insurgents", "attacked", "attacks", "positions", "shelling", "shelled", "ceasefire", "truce",
    };

    /// <summary>Plurals that name where a people lives, the adjective before them its origin: "Greek Cypriots" and "Turkish
    /// Cypriots" are the two communities of Cyprus (the usual order, "Bosnian Serbs", puts the home first).</summary>
    private static readonly HashSet<string> HomePlurals = new(StringComparer.Ordinal) { "cypriots" };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (!s.Tokens[i].IsCapitalised || s.Lexicon.Match(s.Tokens, i, s.Text) is not { } home) return null;
        if (home.Entry.Actor.Kind is not (ActorKind.State or ActorKind.Territory) || home.Entry.Form is not (EntryForm.Demonym or EntryForm.Name)) return null;
        var j = i + home.Length;
        if (j >= s.Tokens.Count || !s.Tokens[j].IsCapitalised || s.Lexicon.Match(s.Tokens, j, s.Text) is not { } people) return null;
        if (people.Entry.Actor.Kind != ActorKind.State || people.Entry.Actor.Country == home.Entry.Actor.Country) return null;
        var end = j + people.Length;
        var written = s.Span(i, end - 1);
        if (people.Entry.Form == EntryForm.DemonymPlural)
        {
            var war = s.Tokens.Any(t => WarWords.Contains(t.Key));
            var homeState = HomePlurals.Contains(s.Tokens[j].Key) ? people.Entry.Actor : home.Entry.Actor;
            var group = s.Actors.GetOrCreate(written, war ? ActorKind.ArmedGroup : ActorKind.Population, homeState.Country, s.Where, "ethnic-group");
            group.Description ??= $"{written}, a people of {homeState.Name} named in the report.";
            s.Actors.AddAlias(group, s.Span(i, j - 1) + " " + Singular(s.Tokens[j].Text));
            s.Add(group, i, end - 1, MentionRole.Actor, "ethnic-group");
            if (group.Kind == ActorKind.ArmedGroup) s.Discourse.LastGroup = group;
            return end;
        }
        // "Bosnian Serb positions": the singular names a group already met.
        if (people.Entry.Form == EntryForm.Demonym && MentionFinder.MatchDocPhrase(s, i) is { Actor: { Rule: "ethnic-group" } known, Length: var length } && length == end - i)
        {
            s.Add(s.Actors.GetOrCreate(known.Name, known.Kind, known.Country, s.Where, "ethnic-group"), i, end - 1, MentionRole.Actor, "ethnic-group");
            return end;
        }
        return null;
    }

    private static string Singular(string plural) => plural.EndsWith('s') ? plural[..^1] : plural;
}
