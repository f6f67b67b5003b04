using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

// Who a cue names: hosts (no mediators), witness lists, those credited, speakers, the pair of sides in view, visited states.
internal static partial class MediationCues
{
    /// <summary>"hosted by Mexico", "Mexico hosts the talks", "the Republic of Angola hosted in Luanda": a host is neither a
    /// mediator nor a party of the cue's sentence.</summary>
    private static HashSet<DocActor> Hosts(SentenceContext s)
    {
        var hosts = new HashSet<DocActor>();
        foreach (Match m in Host().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            if (t < 0) continue;
            // "X hosted and facilitated the talks": a host that also facilitates is a mediator.
            if (s.KeyAt(t + 1) == "and" && s.KeyAt(t + 2) is "facilitated" or "mediated" or "facilitates" or "mediates") continue;
            if (s.KeyAt(t + 1) == "by") hosts.UnionWith(Arguments.Actors(Arguments.Object(s, t + 1, 4)));
            // "thanked the Government of Kenya for hosting the talks": the one thanked for hosting is the host.
            else if (s.KeyAt(t - 1) == "for" && s.KeyAt(t) == "hosting") hosts.UnionWith(Credited(s, t - 1));
            else if (s.KeyAt(t) is "hosts" or "hosted" or "hosting" && Enumerable.Range(t + 1, 8).Any(k => s.KeyAt(k) is "talks" or "meeting" or "negotiations" or "summit" or "round" or "conference" or "dialogue" or "ceremony"))
                hosts.UnionWith(Arguments.Actors(Arguments.Subject(s, t)));
        }
        return hosts;
    }

    /// <summary>"Witnessed by: King X, ..., Kingdom of Saudi Arabia; António Guterres, Secretary-General of the United Nations; ...":
    /// a signature block's witnesses, one per part between semicolons: the state or organisation the part names, else its person.</summary>
    private static List<DocActor> WitnessList(SentenceContext s, int from)
    {
        var witnesses = new List<DocActor>();
        var start = from;
        for (var k = from; k <= s.Tokens.Count; k++)
        {
            if (k < s.Tokens.Count && s.KeyAt(k) != ";") continue;
            var part = s.Mentions.Where(m => m.Role == MentionRole.Actor && m.First >= start && m.Last < k).SelectMany(m => m.Actors).ToList();
            var bodies = part.Where(a => a.Kind != ActorKind.Person).ToList();
            witnesses.AddRange(bodies.Count > 0 ? bodies : part);
            start = k + 1;
        }
        return witnesses.Distinct().ToList();
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are the pair of sides the text last named or defined as the parties
    /// (a leader stands for the side they lead).</summary>
    private static bool IsPairInView(Discourse d, DocActor a, DocActor b) =>
        new[] { d.LastPair, d.DefinedPair }.Any(p => p is var (x, y) && IsPair(MainConflict.Led(x), MainConflict.Led(y), a, b));

    private static bool IsPair(DocActor x, DocActor y, DocActor a, DocActor b) =>
        (x.Id == a.Id && y.Id == b.Id) || (x.Id == b.Id && y.Id == a.Id);

    /// <summary>The organisation after "chairmanship/presidency of" between <paramref name="from"/> and <paramref name="to"/>; else null.</summary>
    private static DocActor? ChairOf(SentenceContext s, int from, int to)
    {
        for (var k = from; k < to - 1; k++)
            if (s.KeyAt(k) is "chairmanship" or "chairmanship-in-office" or "presidency" && s.KeyAt(k + 1) == "of"
                && s.Mentions.FirstOrDefault(m => m.First > k + 1 && m.First <= k + 3 && m.Actors.Count == 1) is { Actors: [{ Kind: ActorKind.Organisation } body] })
                return body;
        return null;
    }

    /// <summary>The state named, or whose capital is named, at <paramref name="k"/> and the token after it; null otherwise.</summary>
    private static (ActorTemplate State, int End)? Visited(SentenceContext s, int k) =>
        k < s.Tokens.Count && s.Lexicon.Match(s.Tokens, k, s.Text) is { Entry: { Form: EntryForm.Name or EntryForm.Capital, Actor.Kind: ActorKind.State } } m
            ? (m.Entry.Actor, k + m.Length) : null;

    /// <summary>"We commend Prime Minister X of Y, Chair of Z, and W for facilitating the dialogue": the actors named between a
    /// verb of thanks or praise and the "for" at <paramref name="forToken"/>, in the same clause-free stretch (no full stop or
    /// semicolon). A person holding an office is kept as a person here; the process stands them for the office.</summary>
    private static List<DocActor> Credited(SentenceContext s, int forToken)
    {
        for (var k = forToken - 1; k >= Math.Max(0, forToken - 60); k--)
        {
            if (s.KeyAt(k) is ";" or ".") return [];
            if (!Credit().IsMatch(s.KeyAt(k))) continue;
            return s.Mentions.Where(x => x.IsArgument && x.First > k && x.Last < forToken).SelectMany(x => x.Actors)
                .Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).Distinct().ToList();
        }
        return [];
    }

    /// <summary>"mediated by the UAE, the Emirati foreign ministry said": the one who says it is no mediator.</summary>
    internal static List<Mention> NotSpeakers(SentenceContext s, List<Mention> listed) =>
        listed.Where(m => s.KeyAt(m.Last + 1) is not ("said" or "says" or "told" or "announced" or "reported" or "stated" or "added" or "confirmed")).ToList();
}
