using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

// Offices told around a name: "NAME, TITLE of X", "a representative of X, NAME,", ", whose adviser NAME", a second office after "and".
internal static partial class Persons
{
    /// <summary>"a representative of Norway, Erik Lund," / "an adviser of Khomeini, NAME,": a title after an article, "of" and a
    /// known actor (from the lexicon, or one already named), then the holder's name between commas: the holder is tied to it.</summary>
    private static int? RepresentativeOf(SentenceContext s, int i, RoleKind role, int afterTitle)
    {
        if (s.KeyAt(i - 1) is not ("a" or "an" or "the") || s.KeyAt(afterTitle) != "of") return null;
        var at = s.KeyAt(afterTitle + 1) == "the" ? afterTitle + 2 : afterTitle + 1;
        if (at >= s.Tokens.Count || !s.Tokens[at].IsCapitalised) return null;
        DocActor? of = null;
        var end = at + 1;
        if (s.Lexicon.Match(s.Tokens, at, s.Text) is { Entry.Form: EntryForm.Name } named)
        {
            of = s.Actors.FromTemplate(named.Entry.Actor, s.Where, "lexicon");
            end = at + named.Length;
        }
        else if (s.Actors.FindByName(s.Tokens[at].Text) is { } known) of = known;
        if (of is null || NameAfterComma(s, end) is not { } holder) return null;
        var person = PersonNamed(s, s.Span(holder.Start, holder.End - 1), s.Span(i, afterTitle - 1));
        if (person == of) return null;
        s.Office(person, of, role, "title-of-known-then-name", holder.Start);
        person.Country ??= of.Country;
        person.Description ??= $"Named in the report as {s.Span(i - 1, end - 1)}.";
        s.Add(of, at, end - 1, MentionRole.Actor, "title-of-known");
        s.Add(person, holder.Start, holder.End - 1, MentionRole.Actor, "titled-person");
        s.Discourse.LastPerson = person;
        return holder.End;
    }

    /// <summary>"Brazil, whose special adviser Celso Amorim attended": a title after ", whose" and the name after it; the holder
    /// is tied to the actor just before the comma.</summary>
    private static int? WhoseTitle(SentenceContext s, int i, RoleKind role, int afterTitle)
    {
        if (s.KeyAt(i - 1) != "whose" || s.KeyAt(i - 2) != ",") return null;
        if (s.Mentions.LastOrDefault(m => m.Role == MentionRole.Actor && m.Last == i - 3) is not { Actors.Count: 1 } owner) return null;
        var nameEnd = NameEnd(s, afterTitle);
        if (nameEnd - afterTitle < 2) return null;
        var person = PersonNamed(s, s.Span(afterTitle, nameEnd - 1), s.Span(i, afterTitle - 1));
        if (person == owner.Actor) return null;
        s.Office(person, owner.Actor, role, "whose-title", afterTitle);
        person.Country ??= owner.Actor.Country;
        person.Description ??= Describe(s.Span(i, afterTitle - 1), owner.Actor, former: false);
        s.Add(person, afterTitle, nameEnd - 1, MentionRole.Actor, "titled-person");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }

    /// <summary>"NAME, TITLE of X": a title after a person already named and a comma; the next mention after "of" is
    /// the office. Returns whether one was found.</summary>
    public static bool TitleAfterComma(SentenceContext s, DocActor person, int comma)
    {
        if (s.KeyAt(comma) != ",") return false;
        var k = comma + 1;
        if (s.KeyAt(k) is "the" or "a") k++;
        if (RoleWords.MatchTitle(s.Tokens, k) is not { } title || title.Role == RoleKind.Rank || OfficeBody(s, k + title.Length) is not { } at) return false;
        s.Discourse.PendingOffice = (person, title.Role, at);
        MoreOffices(s, person, at);
        return true;
    }

    /// <summary>The first token of the body after "TITLE of" at <paramref name="at"/>, past a portfolio written out in
    /// capitals ("Minister of External Relations of the Republic of Angola", "Minister of Foreign Affairs and International
    /// Cooperation of the United Arab Emirates") and an article.</summary>
    public static int? OfficeBody(SentenceContext s, int afterTitle)
    {
        if (s.KeyAt(afterTitle) == "of") return AfterPortfolio(s, afterTitle + 1);
        if (s.KeyAt(afterTitle) != "and" || !s.Tokens[Math.Min(afterTitle + 1, s.Tokens.Count - 1)].IsCapitalised) return null;
        var at = AfterPortfolio(s, afterTitle + 1);
        return s.KeyAt(at - 1) == "of" || s.KeyAt(at - 1) == "the" && s.KeyAt(at - 2) == "of" ? at : null;
    }

    public static int AfterPortfolio(SentenceContext s, int at)
    {
        var k = at;
        while (k < s.Tokens.Count && k - at < 7 && (s.Tokens[k] is { IsCapitalised: true, IsWord: true } && s.Lexicon.Match(s.Tokens, k, s.Text) is null
            || s.KeyAt(k) == "and" && k > at)) k++;
        if (k > at && s.KeyAt(k) == "of" && s.Tokens[k - 1].IsCapitalised) at = k + 1;
        if (s.KeyAt(at) == "the") at++;
        // "President of the Republic of Côte d'Ivoire": a state's formal prefix the tables do not hold before its name.
        var prefix = at;
        while (prefix < s.Tokens.Count && prefix - at < 4 && s.Tokens[prefix] is { IsCapitalised: true, IsWord: true } && s.Lexicon.Match(s.Tokens, prefix, s.Text) is null) prefix++;
        if (prefix > at && StatePrefixes.Contains(s.KeyAt(prefix - 1)) && s.KeyAt(prefix) == "of" && s.Lexicon.Match(s.Tokens, prefix + 1, s.Text) is { Entry.Actor.Kind: ActorKind.State })
            return prefix + 1;
        return at;
    }

    /// <summary>"Stephanie Williams, the Acting Special Representative ... and head of the United Nations Support Mission": a
    /// second title joined by "and" in the same appositive gives a second office (up to the end of the clause).</summary>
    public static void MoreOffices(SentenceContext s, DocActor person, int from)
    {
        for (var k = from; k < Math.Min(s.Tokens.Count, from + 30); k++)
        {
            var key = s.KeyAt(k);
            if (key is "." or ";" or "said" or "says" or "told" or "who" or "which" || (key == "," && s.Tokens[Math.Min(k + 1, s.Tokens.Count - 1)] is { IsCapitalised: false, IsWord: true })) return;
            if (key != "and") continue;
            var t = k + 1;
            // "and current Chairperson of X", "and as President of the Council of X": the second office all the same.
            while (t < k + 4 && (s.KeyAt(t) is "the" or "a" or "as" || OfficeHeld.IsQualifier(s.KeyAt(t)))) t++;
            if (RoleWords.MatchTitle(s.Tokens, t) is not { } title || title.Role == RoleKind.Rank || OfficeBody(s, t + title.Length) is not { } at) continue;
            s.Discourse.ExtraOffices.Add((person, title.Role, at));
            return;
        }
    }

    private static int? TryAppositive(SentenceContext s, int i, RoleKind role, int afterTitle)
    {
        // "Hassan Rashad, head of Egyptian general intelligence": the next mention after "of" is the office.
        var comma = s.KeyAt(i - 1) == "the" ? i - 2 : i - 1;
        // "NAME, then the Chairman of X", "NAME, current chair of X": the office held at the time told.
        while (comma > 0 && OfficeHeld.IsQualifier(s.KeyAt(comma))) comma--;
        if (s.KeyAt(comma) != "," || OfficeBody(s, afterTitle) is not { } at) return null;
        if (s.Mentions.LastOrDefault() is not { Role: MentionRole.Actor } before || before.Last != comma - 1 || before.Actor.Kind != ActorKind.Person) return null;
        s.Discourse.PendingOffice = (before.Actor, role, at);
        // "NAME, President of X and current Chairperson of Y": the second office too.
        MoreOffices(s, before.Actor, at);
        return at;
    }

    /// <summary>Last words of a state's formal prefix ("the Republic of", "the Islamic Republic of", "the Kingdom of").</summary>
    private static readonly HashSet<string> StatePrefixes = new(StringComparer.Ordinal)
    {
        "republic", "kingdom", "sultanate", "emirate", "federation", "principality", "commonwealth", "confederation", "state",
    };
}
