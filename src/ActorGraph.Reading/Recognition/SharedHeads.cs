using System.Collections.Frozen;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>Names coordinated before one plural head noun, which news style shares between them: "the Sudanese and
/// Ugandan presidents" (two states, each standing for its unnamed president), "the Sudanese and Chadian governments"
/// (two governments), "the Donetsk and Luhansk people's republics" (two bodies the tables do not know, each named with
/// the head in the singular). Each name is one capitalised word or a name the tables know; the head must follow the
/// last name directly.</summary>
internal static class SharedHeads
{
    /// <summary>Plural heads that stand for the state's office holders: the state is the actor.</summary>
    private static readonly FrozenSet<string> Offices = new[]
    {
        "presidents", "leaders", "prime ministers", "foreign ministers", "ministers", "delegations", "envoys", "mediators",
        "negotiators", "authorities", "heads of state", "kings", "monarchs", "defence ministers", "defense ministers",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Plural heads that name a body per name (singular form after the arrow).</summary>
    private static readonly Dictionary<string, string> Bodies = new(StringComparer.Ordinal)
    {
        ["people 's republics"] = "People's Republic", ["republics"] = "Republic", ["movements"] = "Movement",
        ["fronts"] = "Front", ["militias"] = "Militia", ["brigades"] = "Brigade",
    };

    /// <summary>A state's name or adjective the tables know, or else one capitalised word.</summary>
    private static (int First, int Last, LexiconEntry? Entry)? NameAt(SentenceContext s, int k)
    {
        if (k >= s.Tokens.Count || !s.Tokens[k].IsCapitalised || !s.Tokens[k].IsWord) return null;
        if (s.Lexicon.Match(s.Tokens, k, s.Text) is { } m)
        {
            // "the Donetsk and Luhansk people's republics": a seat of a de facto authority is a plain name here.
            if (m.Entry is { Form: EntryForm.Capital, Actor.Kind: not ActorKind.State } && m.Length == 1) return (k, k, null);
            return m.Entry.Form is EntryForm.Demonym or EntryForm.Name && m.Entry.Actor.Kind == ActorKind.State ? (k, k + m.Length - 1, m.Entry) : null;
        }
        return (k, k, null);
    }

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (!s.Tokens[i].IsCapitalised || !s.Tokens[i].IsWord) return null;
        var names = new List<(int First, int Last, LexiconEntry? Entry)>();
        var k = i;
        while (NameAt(s, k) is { } name)
        {
            names.Add(name);
            k = name.Last + 1;
            if (s.KeyAt(k) == ",") { k++; continue; }
            if (s.KeyAt(k) != "and") return null;
            if (NameAt(s, k + 1) is not { } final) return null;
            names.Add(final);
            k = final.Last + 1;
            break;
        }
        if (names.Count < 2) return null;
        var head = k;
        var office = RoleWords.MatchLength(Offices, s.Tokens, head, 3);
        if (s.KeyAt(head) == "governments" && names.All(n => n.Entry is not null))
        {
            foreach (var n in names)
                s.Add(MentionFinder.Government(s, s.Actors.FromTemplate(n.Entry!.Actor, s.Where, "lexicon")), n.First, n.Last, MentionRole.Actor, "shared-head");
            return head + 1;
        }
        if (office > 0 && names.All(n => n.Entry is not null))
        {
            foreach (var n in names)
                s.Add(s.Actors.FromTemplate(n.Entry!.Actor, s.Where, "lexicon"), n.First, n.Last, MentionRole.Actor, "shared-head");
            return head + office;
        }
        var bodyKey = Bodies.Keys.FirstOrDefault(b => string.Join(' ', Enumerable.Range(head, b.Split(' ').Length).Select(s.KeyAt)) == b);
        if (bodyKey is null || names.Any(n => n.Entry is not null && n.Entry.Form != EntryForm.Name)) return null;
        var armed = s.KeyAt(i - 1) is "separatist" or "rebel" or "breakaway" or "armed" or "insurgent";
        var bodies = new List<DocActor>();
        foreach (var n in names)
        {
            var name = s.Span(n.First, n.Last) + " " + Bodies[bodyKey];
            // A body the tables know by that name ("Donetsk People's Republic") is the table's actor.
            var body = s.Lexicon.ByName.TryGetValue(name, out var known) ? s.Actors.FromTemplate(known, s.Where, "lexicon")
                : s.Actors.GetOrCreate(name, armed ? ActorKind.ArmedGroup : ActorKind.Organisation, null, s.Where, "shared-head");
            body.Description ??= $"{name}, one of the bodies named together in the report (\"{s.Span(i, head + bodyKey.Split(' ').Length - 1)}\"): check it.";
            body.Confidence = Math.Min(body.Confidence, 0.6);
            bodies.Add(body);
        }
        // One mention for all: they are one side of whatever the sentence pairs them with.
        // The mention takes in "the separatist" before it, so that a list it closes ("Ukraine and the separatist ...") stays one list.
        var first = i;
        while (s.KeyAt(first - 1) is "the" or "separatist" or "rebel" or "breakaway" or "armed" or "insurgent" or "two" or "self-proclaimed" or "self-declared") first--;
        s.Add(bodies, first, head + bodyKey.Split(' ').Length - 1, MentionRole.Actor, "shared-head");
        s.Discourse.LastGroup = bodies[^1];
        return head + bodyKey.Split(' ').Length;
    }
}
