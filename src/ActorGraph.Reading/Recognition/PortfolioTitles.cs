using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A minister whose portfolio the title table does not know: "Deputy Prime Minister for Reintegration NAME", "Minister
/// of Mines NAME", "Secretary for Security NAME". A capitalised title of the table that is a member's office (not a head's,
/// not a rank), "for" or "of", one to three capitalised portfolio words no table knows, then a name of two to four words. The
/// name begins at the first given name of the gazetteer after the portfolio's first word, else right after that first word.
/// The person is a member of the one state the sentence has named before the title ("Moldova's delegation was headed by
/// ..."), or of the one state the report has named so far; with several, the office stays unattached.</summary>
internal static class PortfolioTitles
{
    public static int? TryResolve(SentenceContext s, int i)
    {
        if (!s.Tokens[i].IsCapitalised || RoleWords.MatchTitle(s.Tokens, i) is not { Role: RoleKind.MemberOf } title) return null;
        var afterTitle = i + title.Length;
        if (s.KeyAt(afterTitle) is not ("for" or "of")) return null;
        var first = afterTitle + 1;
        var last = first;
        while (last - first < 6 && IsFreeWord(s, last + 1)) last++;
        if (!IsFreeWord(s, first) || last - first < 2) return null;
        // The name: from the first given name after the portfolio's first word, else after one portfolio word.
        var nameStart = Enumerable.Range(first + 1, Math.Min(3, last - first)).FirstOrDefault(k => GivenNames.Contains(s.Tokens[k].Text), first + 1);
        if (last - nameStart + 1 is < 2 or > 4) return null;
        var portfolio = s.Span(first, nameStart - 1);
        var titleText = s.Span(i, nameStart - 1);
        var person = Persons.PersonNamed(s, s.Span(nameStart, last), titleText);
        person.Description ??= $"{s.Span(nameStart, last)}, {titleText} (a portfolio, {portfolio}, the tables do not know).";
        s.Add(person, i, last, MentionRole.Actor, "portfolio-title");
        s.Discourse.LastPerson = person;
        if (StateOf(s, i) is { } state) s.Office(person, state, RoleKind.MemberOf, "portfolio-title", i);
        return last + 1;
    }

    /// <summary>A capitalised word (letters, not all capitals) that no table knows and that is no title.</summary>
    private static bool IsFreeWord(SentenceContext s, int k) =>
        k < s.Tokens.Count && s.Tokens[k] is { IsCapitalised: true, IsWord: true } t && t.Text.Any(char.IsLower)
        && s.Lexicon.Match(s.Tokens, k, s.Text) is null && RoleWords.MatchTitle(s.Tokens, k) is null;

    /// <summary>The one state named in the sentence before the title, else the one state the report has named so far.</summary>
    private static DocActor? StateOf(SentenceContext s, int i)
    {
        var before = s.Mentions.Where(m => m.Last < i).SelectMany(m => m.Actors).Where(a => a.Kind == ActorKind.State).Distinct().ToList();
        if (before.Count == 1) return before[0];
        if (before.Count > 1) return null;
        var named = s.Actors.All.Where(a => a.Kind == ActorKind.State && a.Mentions > 0).ToList();
        return named.Count == 1 ? named[0] : null;
    }
}
