using System.Collections.Frozen;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading.Recognition;

// A person's name: where it ends, the name after a comma, a rank or honorific before it, and the person it names.
internal static partial class Persons
{
    private static readonly HashSet<string> NotNames = new(
    [
        "the", "of", "and", "in", "on", "for", "to", .. CalendarWords.Months, .. CalendarWords.Weekdays, "said", "says",
        // The second word of an honorific ("His Eminence", "His Holiness") when "His" was read as a pronoun before it.
        "eminence", "holiness", "excellency", "majesty", "highness",
    ], StringComparer.Ordinal);

    /// <summary>Nouns that name a text or a signatory side, capitalised in agreements: never a word of a person's name.</summary>
    private static readonly HashSet<string> TextNouns = new(StringComparer.Ordinal)
    {
        "agreement", "agreements", "accord", "accords", "treaty", "protocol", "declaration", "charter", "convention", "memorandum",
        "communique", "armistice", "party", "parties",
    };

    /// <summary>Whether a title at <paramref name="k"/> is followed by its holder's name: a name of two words or more
    /// (after a rank or honorific) right after it or after a comma.</summary>
    public static bool NamedAfterTitle(SentenceContext s, int k)
    {
        if (RoleWords.MatchTitle(s.Tokens, k) is not { } title || title.Role == RoleKind.Rank) return false;
        var after = k + title.Length;
        var start = after + RankLength(s, after);
        return NameEnd(s, start) - start >= 2 || NameAfterComma(s, after) is not null;
    }

    /// <summary>The end of a name of two words or more after the comma at <paramref name="comma"/>, followed by a comma,
    /// a full stop or a verb of saying; null otherwise.</summary>
    private static (int Start, int End)? NameAfterComma(SentenceContext s, int comma)
    {
        if (s.KeyAt(comma) != ",") return null;
        var start = comma + 1 + RankLength(s, comma + 1);
        // "the AU mediator, Ambassador NAME,": a capitalised title held by a member, not a leader, stands as a courtesy title.
        if (start == comma + 1 && s.Tokens.Count > start && s.Tokens[start].IsCapitalised
            && RoleWords.MatchTitle(s.Tokens, start) is { Role: RoleKind.MemberOf } courtesy) start += courtesy.Length;
        var end = NameEnd(s, start);
        return end - start >= 2 && s.KeyAt(end) is "," or "." or "said" or "says" or "told" ? (start, end) : null;
    }

    /// <summary>The length of a rank or honorific at <paramref name="k"/> ("Dato", "H.E.", "Sheikh"), or 0.</summary>
    private static int RankLength(SentenceContext s, int k) =>
        RoleWords.MatchTitle(s.Tokens, k) is { Role: RoleKind.Rank } rank && s.Tokens[k].IsCapitalised ? rank.Length
        : TitleOfBody.IsCourtesy(s, k) ? 1 : 0;

    /// <summary>Lower-case particles inside a name ("al-Burhan", "bin Salman", "de Klerk").</summary>
    private static readonly FrozenSet<string> Particles = NameParticles.All;

    /// <summary>Where the capitalised name starting at <paramref name="start"/> ends (exclusive; at most four words).</summary>
    public static int NameEnd(SentenceContext s, int start)
    {
        var k = start;
        var words = 0;
        while (k < s.Tokens.Count && (words < 4 || FamilyArticle(s, k, start) > 0))
        {
            var t = s.Tokens[k];
            // "Sheikh Sabah al-Ahmad al-Jaber Al Sabah", "Ahmad Nasser Al-Mohammad Al-Sabah": a capitalised "Al" and the family
            // name after it end the name, even past four words and when the family name is also a place the tables know.
            if (FamilyArticle(s, k, start) is var family and > 0) { k += family; words++; continue; }
            var initial = t.Text.Length == 2 && char.IsUpper(t.Text[0]) && t.Text[1] == '.';
            var joined = t.Text == "-" && k > start && k + 1 < s.Tokens.Count && s.Tokens[k + 1].IsCapitalised && s.Tokens[k - 1].End == t.Start;
            if (joined) { k++; continue; }
            if (PersonNames.HyphenatedSyllable(s, k, start)) { k += 2; continue; }
            // "Humberto de la Calle": two particles in a row before the last name word.
            var particleRun = k + 1 < s.Tokens.Count && Particles.Contains(s.KeyAt(k + 1)) && !s.Tokens[k + 1].IsCapitalised && k + 2 < s.Tokens.Count && s.Tokens[k + 2].IsCapitalised;
            // "Nawaf al-Ahmad al-Jaber Al Sabah", "Al-Mohammad Al-Sabah": a capitalised "Al" inside an Arabic name is a particle too.
            var particle = k > start && Particles.Contains(t.Key) && (!t.IsCapitalised || t.Key is "al" or "bin") && k + 1 < s.Tokens.Count && (s.Tokens[k + 1].IsCapitalised || s.KeyAt(k + 1) == "-" || particleRun);
            if (particle) { k++; continue; }
            if (!(t.IsCapitalised && t.IsWord || initial) || NotNames.Contains(t.Key)) break;
            // "Hassan Sheikh Mohamud": a one-word rank between two name words is part of the name, not a second title.
            if (RoleWords.MatchTitle(s.Tokens, k) is { } inner && !(inner is { Role: RoleKind.Rank, Length: 1 } && words >= 1
                && k + 1 < s.Tokens.Count && s.Tokens[k + 1] is { IsCapitalised: true, IsWord: true } && RoleWords.MatchTitle(s.Tokens, k + 1) is null)) break;
            // "General Border Committee" is a body, not General Border.
            if (RoleWords.BodyNouns.Contains(t.Key) || RoleWords.Descriptors.Contains(t.Key) || t.Key is "front" or "army" or "forces" or "union" or "congress" or "parliament" or "conference") return start;
            // "the General Agreement", "the Joint Declaration": a capitalised text's name after a rank is no person.
            if (TextNouns.Contains(t.Key)) return start;
            if (s.Lexicon.Match(s.Tokens, k, s.Text) is { } known && !SurnameLikeGroup(s, k, words, known)) break;
            k++;
            words++;
        }
        return k;
    }

    /// <summary>The length of a family article and the family name at <paramref name="k"/> inside a name begun at
    /// <paramref name="start"/> ("Al Sabah": 2, "Al-Sabah": 3), or 0.</summary>
    private static int FamilyArticle(SentenceContext s, int k, int start)
    {
        if (k <= start || k >= s.Tokens.Count || s.Tokens[k].Text != "Al") return 0;
        var next = s.KeyAt(k + 1) == "-" && s.Tokens[k + 1].Start == s.Tokens[k].End ? k + 2 : k + 1;
        return next < s.Tokens.Count && s.Tokens[next] is { IsCapitalised: true, IsWord: true } && !NotNames.Contains(s.KeyAt(next))
            && RoleWords.MatchTitle(s.Tokens, next) is null ? next - k + 1 : 0;
    }

    /// <summary>"Thérèse Kayikwamba Wagner": a one-word group name of the tables (not an acronym) that continues a name
    /// already begun and ends it is the person's surname, not the group.</summary>
    private static bool SurnameLikeGroup(SentenceContext s, int k, int words, (LexiconEntry Entry, int Length) known) =>
        words >= 1 && known.Length == 1 && !known.Entry.CaseSensitive && known.Entry.Actor.Kind is ActorKind.ArmedGroup or ActorKind.Organisation
        && !(k + 1 < s.Tokens.Count && s.Tokens[k + 1].IsCapitalised && s.Tokens[k + 1].IsWord);

    /// <summary>"al-Hoss" -> "Hoss", "ash-Shara" -> "Shara": a surname joined to a lower-case Arabic article by a hyphen is
    /// also written later without it; a particle written apart ("de Klerk", "van Rompuy") or capitalised ("Al-Sabah", a
    /// family's name) is never dropped here, nor is a stem under three letters.</summary>
    public static string? ArticleDropped(string surname)
    {
        var dash = surname.IndexOf('-');
        if (dash < 2 || !ArabicArticles.Contains(surname[..dash])) return null;
        var stem = surname[(dash + 1)..];
        return stem.Length >= 3 && char.IsUpper(stem[0]) && stem.All(c => char.IsLetter(c) || c is '\'' or '’') ? stem : null;
    }

    private static readonly HashSet<string> ArabicArticles = new(StringComparer.Ordinal) { "al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "az" };

    /// <summary>The person with this name (found by name or alias, or created), with their surname and titled name as aliases.</summary>
    public static DocActor PersonNamed(SentenceContext s, string name, string title)
    {
        var person = s.Actors.GetOrCreate(name, ActorKind.Person, null, s.Where, "titled-person");
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var surname = parts[^1];
        if (parts.Length > 1 && surname.Length >= 3) s.Actors.AddAlias(person, surname);
        if (parts.Length > 1 && ArticleDropped(surname) is { } bare && s.Lexicon.Match(Tokenizer.Tokenize(bare), 0, bare) is null) s.Actors.AddAlias(person, bare);
        if (parts.Length > 2 && parts[1].EndsWith('.')) s.Actors.AddAlias(person, parts[0] + " " + surname);
        s.Actors.AddAlias(person, title + " " + (parts.Length > 1 ? surname : name));
        s.Actors.AddAlias(person, title + " " + name);
        s.Discourse.TitleHolders[title.ToLowerInvariant()] = person;
        return person;
    }
}
