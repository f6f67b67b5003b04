using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>"The Secretary-General today concluded the meeting, which he convened": the office named alone, with no holder named
/// anywhere before, is a person of its own, the Secretary-General of the United Nations (the office a report names without its
/// organisation), who leads the United Nations. Not after "of", "to" or "for" ("the Special Representative of the
/// Secretary-General", "recommend to the Secretary-General"), nor when the office goes on ("the Secretary-General of ASEAN") or a
/// name follows ("the Secretary-General, NAME,": the holder is named and the title is theirs).</summary>
internal static class OfficeAlone
{
    public const string Name = "Secretary-General of the United Nations";

    /// <summary>Reads the office at "the" (token <paramref name="i"/>); returns the token after it, or null.</summary>
    public static int? Read(SentenceContext s, int i)
    {
        if (i + 1 >= s.Tokens.Count || !s.Tokens[i + 1].IsCapitalised || RoleWords.MatchTitle(s.Tokens, i + 1) is not { } title) return null;
        var key = RoleWords.Key(s.Tokens, i + 1, title.Length);
        if (key is not ("secretary-general" or "secretary general")) return null;
        if (s.KeyAt(i - 1) is "of" or "to" or "for" or "deputy" or "under" or "assistant") return null;
        var after = i + 1 + title.Length;
        if (after < s.Tokens.Count && (s.Tokens[after] is { IsCapitalised: true, IsWord: true } || s.KeyAt(after) is "of" or "(" or "for" or "to"
            || s.KeyAt(after) == "," && after + 1 < s.Tokens.Count && s.Tokens[after + 1] is { IsCapitalised: true, IsWord: true })) return null;
        if (!s.Lexicon.ByName.TryGetValue("United Nations", out var un)) return null;
        // "the Secretary-General of the OAS ... The Secretary-General": another body's office was named last; not the UN's.
        if ((BodyBefore(s, i) ?? s.Discourse.LastSecretaryGeneralBody) is { } body && body != un.Name) return null;
        var holder = s.Actors.GetOrCreate(Name, ActorKind.Person, null, s.Where, "office-alone");
        holder.Description ??= "The UN Secretary-General, named in the report by office only.";
        if (holder.Mentions <= 1)
        {
            s.Actors.AddAlias(holder, "Secretary-General");
            s.Office(holder, s.Actors.FromTemplate(un, s.Where, "lexicon"), RoleKind.Leads, "office-alone", i + 1);
        }
        s.Add(holder, i, after - 1, MentionRole.Actor, "office-alone");
        s.Discourse.TitleHolders[key] = holder;
        s.Discourse.LastPerson = holder;
        return after;
    }

    /// <summary>"NAME, the Personal Representative of the Secretary-General for the peace process", "NAME, Personal Envoy of the
    /// Secretary-General for Western Sahara": an envoy's office of the Secretary-General named without the organisation (the office
    /// waits for a body that never comes) is one of the United Nations, a member's tie, the way <see cref="Read"/> takes the office
    /// alone. Not when the office goes on ("of the Secretary-General of the OAS") or another body's secretary-general was named
    /// last. Run at the end of the sentence.</summary>
    public static void EnvoyOf(SentenceContext s)
    {
        if (s.Discourse.PendingOffice is not { } office || office.Role == RoleKind.Rank) return;
        var at = office.AfterToken;
        if (at >= s.Tokens.Count || RoleWords.MatchTitle(s.Tokens, at) is not { } title) return;
        if (RoleWords.Key(s.Tokens, at, title.Length) is not ("secretary-general" or "secretary general")) return;
        var after = at + title.Length;
        if (s.KeyAt(after) is "of" or "(" || after < s.Tokens.Count && s.Tokens[after] is { IsCapitalised: true, IsWord: true }) return;
        if (!s.Lexicon.ByName.TryGetValue("United Nations", out var un)) return;
        if ((BodyBefore(s, at) ?? s.Discourse.LastSecretaryGeneralBody) is { } body && body != un.Name) return;
        s.Discourse.PendingOffice = null;
        s.Office(office.Person, s.Actors.FromTemplate(un, s.Where, "lexicon"), RoleKind.MemberOf, "envoy-of-the-secretary-general", at);
    }

    /// <summary>The body of the last secretary-general named with one in tokens [0, <paramref name="end"/>): "Secretary-General
    /// of (the) X", "X Secretary-General", "X's Secretary-General", X a body of the tables; or null.</summary>
    public static string? BodyBefore(SentenceContext s, int end)
    {
        string? last = null;
        for (var k = 0; k < end && k < s.Tokens.Count; k++)
        {
            // A title keyed "secretary-general" / "secretary general" starts with a word whose key begins either: skip the
            // title lookup at every other word (this scan runs from the sentence's start at each "Secretary-General").
            var first = s.KeyAt(k);
            if (!"secretary-general".StartsWith(first, StringComparison.Ordinal) && !"secretary general".StartsWith(first, StringComparison.Ordinal)) continue;
            if (RoleWords.MatchTitle(s.Tokens, k) is not { } title || RoleWords.Key(s.Tokens, k, title.Length) is not ("secretary-general" or "secretary general")) continue;
            var after = k + title.Length;
            if (s.KeyAt(after) == "of" && (s.KeyAt(after + 1) == "the" ? after + 2 : after + 1) is var at && Body(s, at) is { } named) last = named;
            else if (BodyEndingAt(s, k - 1) is { } before) last = before;
        }
        return last;
    }

    private static string? Body(SentenceContext s, int k) =>
        s.Lexicon.Match(s.Tokens, k, s.Text) is { } known && known.Entry.Actor.Kind is ActorKind.Organisation ? known.Entry.Actor.Name : null;

    /// <summary>"NATO Secretary-General", "the League's Secretary-General": a body of the tables ending at token <paramref name="k"/>.</summary>
    private static string? BodyEndingAt(SentenceContext s, int k)
    {
        if (s.KeyAt(k) is "'s" or "’s" or "'" ) k--;
        for (var start = Math.Max(0, k - 3); start <= k; start++)
            if (s.Lexicon.Match(s.Tokens, start, s.Text) is { } known && start + known.Length - 1 == k && known.Entry.Actor.Kind is ActorKind.Organisation)
                return known.Entry.Actor.Name;
        return null;
    }
}
