using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>Insurgents named by a people's or region's adjective the tables do not know: "the Chechen separatists", "Casamance
/// rebels", "Moro insurgents". A capitalised word after a lower-case word or "the" (never a sentence's first word, never a
/// known actor or title), then "separatists", "rebels", "insurgents", "guerrillas" or "militants", names an armed group of that
/// name. Once met, "the separatists" or "the rebels" refer to it like any irregular armed group.</summary>
internal static class RegionalInsurgents
{
    private static readonly HashSet<string> Fighters = new(StringComparer.Ordinal) { "separatists", "rebels", "insurgents", "guerrillas", "militants" };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (i == 0 || !s.Tokens[i].IsCapitalised || !s.Tokens[i].IsWord || !Fighters.Contains(s.KeyAt(i + 1))) return null;
        var before = s.Tokens[i - 1];
        if (before.IsWord && before.IsCapitalised && s.KeyAt(i - 1) != "the") return null;
        if (s.Lexicon.Match(s.Tokens, i, s.Text) is not null || RoleWords.MatchTitle(s.Tokens, i) is not null) return null;
        // "UNITA rebels": an acronym is a group's own name, read by the acronym rules; only a word in lower case after its capital
        // is a people's or region's adjective.
        if (s.Tokens[i].Text.Any(c => !char.IsLetter(c)) || !s.Tokens[i].Text.Skip(1).Any(char.IsLower)) return null;
        var name = s.Tokens[i].Text + " " + s.Tokens[i + 1].Text;
        var group = s.Actors.GetOrCreate(name, ActorKind.ArmedGroup, null, s.Where, "regional-insurgents");
        group.Description ??= $"An armed group named in the report as the {name}.";
        s.Add(group, i, i + 1, MentionRole.Actor, "regional-insurgents");
        s.Discourse.LastGroup = group;
        return i + 2;
    }
}
