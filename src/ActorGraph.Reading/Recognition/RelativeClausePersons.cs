namespace ActorGraph.Reading.Recognition;

/// <summary>A person named only by what a relative clause says they did in the talks: "Jean Arnault, who has moderated the
/// negotiations since 1994", "NAME, who co-chaired the talks with him". A name of two to four capitalised words the tables do
/// not know, a comma, "who", at most two auxiliaries or adverbs, then a verb of chairing or mediating and, within four tokens, a
/// talks noun. The verb marks a person (bodies take "which"); the mediation itself is read by <see cref="Rules.RelativeChairCues"/>.</summary>
internal static class RelativeClausePersons
{
    public static int? TryResolve(SentenceContext s, int i)
    {
        if (!s.Tokens[i].IsCapitalised || s.Lexicon.Match(s.Tokens, i, s.Text) is not null) return null;
        var nameEnd = Persons.NameEnd(s, i);
        if (nameEnd - i < 2 || s.KeyAt(nameEnd) != "," || s.KeyAt(nameEnd + 1) != "who") return null;
        if (Enumerable.Range(i, nameEnd - i).Any(x => s.Lexicon.Match(s.Tokens, x, s.Text) is not null)) return null;
        if (Rules.RelativeChairCues.ChairVerbAfter(s, nameEnd + 2) < 0) return null;
        var name = s.Span(i, nameEnd - 1);
        var person = s.Actors.GetOrCreate(name, Core.Model.ActorKind.Person, null, s.Where, "relative-clause-person");
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts[^1].Length >= 3) s.Actors.AddAlias(person, parts[^1]);
        person.Description ??= $"Named in the report as {s.Span(i, Math.Min(s.Tokens.Count - 1, nameEnd + 6))} ...";
        s.Add(person, i, nameEnd - 1, MentionRole.Actor, "relative-clause-person");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }
}
