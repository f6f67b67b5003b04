using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Recognition;

/// <summary>"the movement led by Abdel Aziz al-Hilu", "a faction headed by NAME": a group noun followed at once (no comma) by
/// "led / headed / commanded / founded by" and a name of two words or more is a group defined by its leader, named so, not a
/// reference back to the last group of the report ("the group, led by NAME," with commas stays a reference). The leader's tie
/// is then made by <see cref="LedBy"/>.</summary>
internal static class GroupOfLeader
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "led", "headed", "commanded", "founded" };

    /// <summary>The group named by the noun at <paramref name="noun"/> (its article at <paramref name="first"/>), or null.</summary>
    public static DocActor? Named(SentenceContext s, int first, int noun)
    {
        if (!Verbs.Contains(s.KeyAt(noun + 1)) || s.KeyAt(noun + 2) != "by") return null;
        var start = noun + 3;
        if (start >= s.Tokens.Count || !s.Tokens[start].IsCapitalised) return null;
        var end = Persons.NameEnd(s, start);
        if (end - start < 2 || s.Lexicon.Match(s.Tokens, start, s.Text) is not null) return null;
        var kind = s.KeyAt(noun) is "organisation" or "organization" ? ActorKind.Organisation : ActorKind.ArmedGroup;
        var name = $"{s.KeyAt(noun)} {s.KeyAt(noun + 1)} by {s.Span(start, end - 1)}";
        var group = s.Actors.GetOrCreate(name, kind, null, s.Where, "group-of-leader");
        group.Description ??= $"Named in the report only by its leader, as “{s.Span(first, end - 1)}”.";
        return group;
    }
}
