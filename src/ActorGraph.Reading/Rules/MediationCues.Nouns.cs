using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

// Cues around a mediation noun: "the AU mediator", "X's mediation", "mediation by X", "the Facilitator" standing for the mediator.
internal static partial class MediationCues
{
    // A capitalised role noun used as a name in communiqués and transcripts: "the Facilitator", "the Chief Mediator".
    [GeneratedRegex(@"\b(?:the|The)\s+(?:[A-Z][a-z]+\s+)?(?:(?:Chief|Lead|Joint)\s+)?(?:Mediator|Facilitator|Special\s+Envoy)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RoleNoun();

    /// <summary>"the Facilitator thanked the Parties", "the Malaysian Facilitator said": the role noun stands for the
    /// document's mediator: the actor named in it ("Malaysian"), else the mediators the document named before.</summary>
    private static void RoleNounCues(SentenceContext s, IReadOnlyList<DocActor> earlier, List<(List<DocActor>, int, string, bool)> cues)
    {
        foreach (Match m in RoleNoun().Matches(s.Text))
        {
            var first = RuleEngine.TokenAt(s, m.Index);
            var last = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            if (first < 0 || last < 0) continue;
            var inside = s.Mentions.Where(x => x.First > first && x.First < last).SelectMany(x => x.Actors)
                .Select(a => a.Kind == ActorKind.Person && a.Office is { } office ? office.Affiliation : a)
                .Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population or ActorKind.Person)).Distinct().ToList();
            var named = inside.Count > 0 ? inside : earlier.ToList();
            if (named.Count > 0) cues.Add((named, first, "role-noun", false));
        }
    }

    private static void NounCue(SentenceContext s, int t, List<(List<DocActor>, int, string, bool)> cues)
    {
        if (t < 0) return;
        // "an intermediary for Kenya in the purchase of grain": an errand for one side, not mediation.
        var nounLast = NounKey(s, t).StartsWith("go-", StringComparison.Ordinal) ? t + 2 : t;
        if (ErrandFor.Follows(s, nounLast)) return;
        if (ColonListCue(s, t, cues) || PronounOwnerCue(s, t, cues) || AdjectiveOwnerCue(s, t, cues) || CoordinatedAsCue(s, t, cues)) return;
        // "the ECOWAS mediator, General X," read as one titled person: the person and the body of the title mediate.
        if (s.KeyAt(t) is "mediator" or "facilitator" && s.Mentions.FirstOrDefault(m => m.First < t && m.Last > t && m.Actors.Count == 1) is { } titled
            && titled.Actors[0] is { Kind: ActorKind.Person, Office.Affiliation: { Kind: ActorKind.Organisation or ActorKind.State } office } holder)
        {
            cues.Add(([office, holder], t, "body-mediator", false));
            return;
        }
        // "the ECOWAS mediator, General X," "Qatari mediators", "the AU mediation team": the body or state named right before the
        // noun mediates, with the person set beside the noun after a comma.
        if (s.Mentions.FirstOrDefault(m => m.Last == t - 1 && m.Role is MentionRole.Actor or MentionRole.Adjectival && m.Actors.All(a => a.Kind is ActorKind.Organisation or ActorKind.State or ActorKind.Agency)) is { } body
            && (s.KeyAt(t) is "mediator" or "mediators" or "mediation" or "facilitator" or "facilitators" or "auspices" || GoBetweenNoun(NounKey(s, t))))
        {
            var named = body.Actors.ToList();
            // "Venezuelan and Brazilian mediators", "Cuban, Norwegian and Chilean facilitators": the adjectives listed before it too.
            for (var first = body.First; s.KeyAt(first - 1) is "and" or "," && s.Mentions.FirstOrDefault(m => m.Last == first - 2 && m.Role is MentionRole.Adjectival or MentionRole.Actor
                && s.Lexicon.Match(s.Tokens, m.First, s.Text) is { Entry.Form: EntryForm.Demonym }
                && m.Actors.All(a => a.Kind == ActorKind.State)) is { } listed; first = listed.First)
                named.InsertRange(0, listed.Actors);
            if (DescribedPersons.Beside(s, t) is { } person) named.Add(person);
            cues.Add((named, t, "body-mediator", false));
            return;
        }
        // "X's mediation"
        if (s.KeyAt(t - 1) == "'s" && s.Mentions.FirstOrDefault(m => m.Last == t - 2 && m.IsArgument) is { } owner)
        {
            cues.Add(([.. owner.Actors, .. DescribedPersons.Beside(s, t) is { } appositive ? [appositive] : Array.Empty<DocActor>()], t, "possessive-mediation", false));
            return;
        }
        // "whose facilitation": the people listed just before.
        if (s.KeyAt(t - 1) == "whose")
        {
            var listed = Arguments.Subject(s, t - 1);
            if (listed.Count > 0) cues.Add((Arguments.Actors(listed), t, "whose-facilitation", false));
            return;
        }
        // "Mediation was then entrusted to X", "the mediation was handed over to X", "mediation passed to X", "mediation was taken
        // over by X": a handover names who mediates from then on; the pair comes from context as for any cue.
        if (MediationHandover.To(s, t) is { Count: > 0 } receivers) { cues.Add((receivers, t, "mediation-handed-to", false)); return; }
        // "mediation by X", "mediation role of X", "mediation efforts of X"
        var k = t + 1;
        if (s.KeyAt(k) is "role" or "efforts" or "effort") k++;
        // "a team of co-facilitators from the UN, the OAU and the Commonwealth": the bodies the mediators come from mediate.
        if (s.KeyAt(k) is "by" or "of" || s.KeyAt(k) == "from" && s.KeyAt(t).EndsWith('s'))
        {
            var after = Arguments.Object(s, k, 4);
            if (after.Count > 0) { cues.Add((Arguments.Actors(after), t, "mediation-by", false)); return; }
        }
        // "who represented the Union in the mediation alongside the UN, ECOWAS and the EU": those alongside mediate, and so does
        // the one they stand beside.
        if (s.KeyAt(t + 1) == "alongside" && Arguments.Object(s, t + 1, 6) is { Count: > 0 } beside)
        {
            var with = Arguments.Actors(beside);
            var start = Arguments.ClauseStart(s, t);
            with.AddRange(s.Mentions.Where(m => m.IsArgument && m.First >= start && m.Last < t).SelectMany(m => m.Actors)
                .Where(a => a.Kind == ActorKind.Organisation && !PoliticalSides.IsPoliticalBody(a)));
            cues.Add((with.Distinct().ToList(), t, "mediation-alongside", false));
            return;
        }
        // "the international mediation team, led by Algeria,": who leads the mediators' team mediates.
        var led = s.KeyAt(t + 1) is "team" or "teams" or "mission" or "panel" or "effort" or "efforts" ? t + 2 : t + 1;
        if (s.KeyAt(led) == ",") led++;
        if (s.KeyAt(led) is "led" or "headed" && s.KeyAt(led + 1) == "by" && Arguments.Object(s, led + 1, 4) is { Count: > 0 } leaders)
        {
            cues.Add((Arguments.Actors(leaders), t, "mediation-led-by", false));
            return;
        }
        // "with X and Y playing a mediation role", "X acted as mediator", "IGAD takes up mediation", "X revived its mediation"
        // ("played the part of the neutral table": six words back.)
        for (var j = t - 1; j >= Math.Max(0, t - (s.KeyAt(t) == "table" ? 6 : 5)); j--)
        {
            // "would no longer take part in the mediation", "withdrew from the mediation": who takes part in it is a side ("played the
            // part of" is no taking part).
            if (s.KeyAt(j) is "part" && s.KeyAt(j + 1) != "of" || s.KeyAt(j) is "participate" or "participated" or "participating" or "participates" or "withdrew" or "withdraw" or "withdraws" or "quit" or "boycotted" or "boycott") return;
            if (s.KeyAt(j) is "playing" or "played" or "plays" or "play" or "acted" or "acting" or "acts" or "act" or "served" or "serving" or "serve" or "serves" or "offered"
                or "lent" or "lend" or "lends" or "lending" or "extended" or "placed")
            {
                var subject = Arguments.Subject(s, j);
                // "X offers to act as go-between", "offered to serve as intermediary": an offer, hoped like "offered to mediate".
                var offered = s.KeyAt(j) == "offered" || s.KeyAt(j - 1) == "to" && s.KeyAt(j - 2) is "offer" or "offers" or "offered" or "offering" or "proposed" or "proposes" or "volunteered" or "volunteers";
                if (subject.Count > 0) cues.Add((Arguments.Actors(subject), t, "plays-mediation-role", offered));
                return;
            }
            if (TakesUp().IsMatch(s.KeyAt(j)) && s.KeyAt(j - 1) != "to" && s.KeyAt(j + 1) is not ("to" or "by"))
            {
                var subject = Arguments.Subject(s, j);
                if (subject.Count > 0) cues.Add((Arguments.Actors(subject), t, "takes-up-mediation", false));
                return;
            }
        }
    }
}
