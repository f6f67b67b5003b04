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
}
