using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Organisations that mediate through their envoys: "the UN Special Envoy, NAME" mediating brings the UN in.</summary>
internal static partial class EnvoyBodies
{
    // The envoy's title in the person's mention or just before it: "the UN Special Envoy, NAME", "OSCE Special Representative NAME".
    [GeneratedRegex(@"^(?:envoy|envoys|emissary|representative|mediator|facilitator)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnvoyTitle();

    /// <summary>"convened by the United Nations Special Envoy for Yemen, NAME": a person mediating under an envoy's title that names
    /// an organisation mediates for it, so the organisation is a mediator too. Only organisations (a minister's or president's
    /// state is not made a mediator) and only envoy titles (the UN Secretary-General chairing a signing adds nothing).</summary>
    public static List<DocActor> With(SentenceContext s, List<DocActor> mediators)
    {
        var bodies = new List<DocActor>();
        foreach (var person in mediators)
        {
            bodies.AddRange(OfHeads(s, person).Where(b => !mediators.Contains(b)));
            if (person is not { Kind: ActorKind.Person, Office: { Affiliation: { Kind: ActorKind.Organisation } body, Role: RoleKind.MemberOf } }
                || mediators.Contains(body) || PoliticalSides.IsPoliticalBody(body)) continue;
            var mention = s.Mentions.FirstOrDefault(m => m.IsArgument && m.Actors.Count == 1 && m.Actors[0] == person);
            if (mention is null) continue;
            var titled = Enumerable.Range(Math.Max(0, mention.First - 4), mention.Last - Math.Max(0, mention.First - 4) + 1)
                .Any(k => EnvoyTitle().IsMatch(s.KeyAt(k)));
            if (titled) bodies.Add(body);
        }
        return bodies.Count == 0 ? mediators : [.. mediators, .. bodies.Distinct()];
    }

    // The head whose envoy a person is: "of the Secretary-General of the United Nations".
    [GeneratedRegex(@"^(?:secretary-general|secretary|chairperson|chairman|chair|president|director-general|commissioner)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadTitle();

    /// <summary>"NAME, the Special Envoy for Haiti of the Secretary-General of the United Nations and of the Secretary-General of the
    /// Organization of American States, NAME2": an envoy set after the person (comma, envoy title within four words) for the head
    /// of one or more organisations acts for each of them. The organisations are read up to the appositive's next comma, each
    /// after "of (the)": an organisation, or a person holding an office in one (its named head), or a head's title then "of"
    /// and the organisation. Political sides are left out.</summary>
    private static List<DocActor> OfHeads(SentenceContext s, DocActor person)
    {
        if (person.Kind != ActorKind.Person) return [];
        var mention = s.Mentions.FirstOrDefault(m => m.IsArgument && m.Actors.Count == 1 && m.Actors[0] == person);
        if (mention is null || s.KeyAt(mention.Last + 1) != ",") return [];
        var title = Enumerable.Range(mention.Last + 2, 4).FirstOrDefault(k => EnvoyTitle().IsMatch(s.KeyAt(k)), -1);
        if (title < 0) return [];
        var found = new List<DocActor>();
        for (var k = title + 1; k < s.Tokens.Count && s.KeyAt(k) is not ("," or ";" or "."); k++)
        {
            if (s.KeyAt(k) != "of") continue;
            var at = s.KeyAt(k + 1) == "the" ? k + 2 : k + 1;
            if (HeadTitle().IsMatch(s.KeyAt(at)) && s.KeyAt(at + 1) == "of") continue;   // the organisation follows the next "of"
            var next = s.Mentions.FirstOrDefault(m => m.First == at && m.Actors.Count == 1);
            var body = next?.Actors[0] switch
            {
                { Kind: ActorKind.Organisation } org => org,
                { Kind: ActorKind.Person, Office: { Affiliation: { Kind: ActorKind.Organisation } org } } => org,
                _ => null,
            };
            if (body is not null && !PoliticalSides.IsPoliticalBody(body)) found.Add(body);
            if (next is not null) k = next.Last;
        }
        return found;
    }
}
