using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Talks inside one country. When a mediation's parties are a state and a side of that same state (a party, movement or
/// armed group of it, or a person who holds an office in it), the state is not the other party unless the text names it so:
/// the other side is the state's leader's own party ("President Mwai Kibaki of the Party of National Unity" against Odinga's
/// ODM gives PNU and ODM), else, when the state was only reached by rolling a named leader up to it ("President Aristide of
/// Haiti and General Cédras signed"), the leader in person. A state the text itself names as the side ("talks between Colombia
/// and the ELN") stays when no leader of it has a party of his own.</summary>
internal static partial class DomesticSides
{
    /// <summary>"President Mwai Kibaki of the Party of National Unity (PNU)", "Kibaki, of the PNU": a person named right before
    /// "of"/"from" and a political body of the report is a member of it. Added once per person and body, as reported, where no
    /// tie between them is on record.</summary>
    public static void PartyTies(IReadOnlyList<DocActor> actors, List<RawRelation> relations)
    {
        var bodies = actors.Where(PoliticalSides.IsPoliticalBody).ToList();
        if (bodies.Count == 0) return;
        foreach (var person in actors.Where(a => a.Kind == ActorKind.Person && a.Name.Contains(' ', StringComparison.Ordinal)))
        {
            foreach (var body in bodies)
            {
                if (relations.Any(r => r.Source == person && r.Target == body && (r.Kind == RelationVocabulary.MemberOf || r.Kind == RelationVocabulary.Leads))) continue;
                var sentence = body.FirstSeen.Sentence;
                if (Of(sentence, Names(person), Names(body)) is not { } quote) continue;
                relations.Add(new RawRelation(person, body, RelationVocabulary.MemberOf, Modality.Reported, null, body.FirstSeen, "person-of-party", 0.7, quote));
                break;
            }
        }
    }

    /// <summary>The parties with a state facing one of its own sides replaced as the type says; unchanged otherwise.</summary>
    /// <param name="leaders">The persons named as the sides before they were rolled up to what they lead, when they were.</param>
    public static (DocActor A, DocActor B) Adjust((DocActor A, DocActor B) parties, (DocActor A, DocActor B)? leaders, IReadOnlyList<RawRelation> relations,
        IReadOnlyCollection<DocActor> mediators)
    {
        var (a, b) = parties;
        if (Replacement(a, b, leaders is { } l1 ? Leader(a, l1) : null, relations, mediators) is { } forA) return (forA, b);
        if (Replacement(b, a, leaders is { } l2 ? Leader(b, l2) : null, relations, mediators) is { } forB) return (a, forB);
        return parties;
    }

    private static DocActor? Leader(DocActor side, (DocActor A, DocActor B) leaders) =>
        leaders.A != side && leaders.A.Kind == ActorKind.Person && Led(leaders.A) == side ? leaders.A
        : leaders.B != side && leaders.B.Kind == ActorKind.Person && Led(leaders.B) == side ? leaders.B : null;

    private static DocActor Led(DocActor person) => MainConflict.Led(person) is var led && led != person ? led
        : person.Office is { Affiliation: var office } ? office : person;

    private static DocActor? Replacement(DocActor state, DocActor other, DocActor? rolledUp, IReadOnlyList<RawRelation> relations, IReadOnlyCollection<DocActor> mediators)
    {
        if (state.Kind != ActorKind.State || state.Country is not { } country) return null;
        // "signed by President Aristide of Haiti and Lieutenant General Cédras": a person of no other state facing the leader
        // named in person is that state's own side, as a side of that state is.
        var facesInPerson = rolledUp is not null && other.Kind == ActorKind.Person && other.Office is null && (other.Country is null || other.Country == country);
        if (!facesInPerson && !Domestic(other, country)) return null;
        var leaders = rolledUp is not null ? [rolledUp]
            : relations.Where(r => r.Kind == RelationVocabulary.Leads && r.Target == state && r.Source.Kind == ActorKind.Person && r.Modality == Modality.Reported)
                .Select(r => r.Source).Distinct().ToList();
        if (leaders.Count != 1) return null;
        var leader = leaders[0];
        var otherSide = other.Kind == ActorKind.Person ? other.Office?.Affiliation : other;
        var party = relations.Where(r => r.Source == leader && (r.Kind == RelationVocabulary.MemberOf || r.Kind == RelationVocabulary.Leads)
                && PoliticalSides.IsPoliticalBody(r.Target) && r.Target != other && r.Target != otherSide && (r.Target.Country is null || r.Target.Country == country))
            .Select(r => r.Target).Distinct().ToList();
        // Against a body (a movement, an armed group) the state's side is the leader's party or the state itself, never the leader
        // in person: "President Santos and the FARC" are Colombia and the FARC.
        var replacement = party.Count == 1 ? party[0] : facesInPerson ? rolledUp : null;
        return replacement is null || mediators.Contains(replacement) ? null : replacement;
    }

    /// <summary>A side of the state's own: a party, movement or armed group of it (or of no stated country), or a person holding
    /// an office in one of these or in the state.</summary>
    private static bool Domestic(DocActor other, string country)
    {
        if (other.Kind is ActorKind.State or ActorKind.Government) return false;
        if (other.Kind == ActorKind.Person)
            return other.Office is { Affiliation: var office } && office.Country == country;
        return (PoliticalSides.IsPoliticalBody(other) || other.Kind == ActorKind.ArmedGroup) && (other.Country is null || other.Country == country);
    }

    private static List<string> Names(DocActor a) =>
        new[] { a.Name }.Concat(a.Aliases).Where(n => n.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length).ToList();

    private static string? Of(string sentence, List<string> persons, List<string> bodies)
    {
        foreach (var person in persons.Where(p => p.Contains(' ', StringComparison.Ordinal)))
        {
            foreach (var body in bodies)
            {
                var pattern = $@"\b{Regex.Escape(person)},?\s+(?:of|from)\s+(?:the\s+)?{Regex.Escape(body)}\b";
                var match = Regex.Match(sentence, pattern, RegexOptions.CultureInvariant);
                if (match.Success) return match.Value;
            }
        }
        return null;
    }
}
