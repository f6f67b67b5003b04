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
}
