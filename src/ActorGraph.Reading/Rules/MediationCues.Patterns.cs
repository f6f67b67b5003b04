using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Rules;

// The cue patterns MediationCues.Find scans a sentence with, and the passive's subject check.
internal static partial class MediationCues
{
    [GeneratedRegex(@"\b(?:brokered|mediated|facilitated|sponsored|convened|shepherded)\s+(?:in part\s+|jointly\s+|partly\s+)?by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveBy();

    // The subject noun of "NOUN was/were brokered by X": only a process (a deal, talks, a swap...) has a mediator; "the aid convoy
    // was facilitated by X" has none.
    [GeneratedRegex(@"\b(?<noun>[a-z][\w-]*)\s+(?:was|were|had been|has been|have been)\s+(?:(?:first|later|also|reportedly|eventually|finally)\s+)?(?:in part\s+|jointly\s+|partly\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveSubject();

    private static readonly HashSet<string> ProcessNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "deal", "deals", "agreement", "agreements", "accord", "accords", "talks", "negotiations", "negotiation", "dialogue", "dialogues",
        "truce", "truces", "ceasefire", "ceasefires", "cease-fire", "cease-fires", "armistice", "process", "processes", "meeting", "meetings",
        "exchange", "exchanges", "swap", "swaps", "release", "releases", "settlement", "settlements", "pact", "pacts", "treaty", "treaties",
        "round", "rounds", "conference", "conferences", "summit", "summits", "consultations", "discussions", "contacts", "initiative",
        "plan", "arrangement", "arrangements", "understanding", "memorandum", "declaration", "compromise", "reconciliation", "peace",
        "mediation", "session", "sessions", "framework", "roadmap", "road-map", "protocol", "protocols", "handover", "transition",
        "withdrawal", "rapprochement", "normalisation", "normalization", "communiqué", "communique", "statement", "efforts", "effort",
    };

    /// <summary>Whether the passive at <paramref name="at"/> has a lowercase subject noun that names no process ("the aid convoy was
    /// facilitated by X"); a name, a pronoun-free clause or a process noun keeps the cue.</summary>
    private static bool NoProcessSubject(string text, int at) =>
        PassiveSubject().Match(text[..at]) is { Success: true } m && !ProcessNouns.Contains(m.Groups["noun"].Value)
        && m.Groups["noun"].Value is not ("which" or "that" or "who" or "it" or "they" or "this" or "these" or "those" or "one" or "ones" or "both" or "all");

    // "negotiations conducted by X", "talks moderated by X", "the negotiations between A and B were conducted by X": only after a
    // talks noun, with at most its "between A and B" (names and little words) before the participle ("a survey conducted by" is none).
    [GeneratedRegex(@"\b(?:talks|negotiations|dialogue|discussions|consultations)(?:\s+(?:between|among|with|and|the|of|(?-i:[A-Z])[\w'’.-]*)){0,8}?\s+(?:(?:were|was|had been|have been|being)\s+)?(?:conducted|moderated|steered)\s+(?:jointly\s+)?by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalksConductedBy();

    // "-mediated", "-brokered" stand alone ("a UN-brokered deal"); "-led" only before a process noun, so that
    // "Saudi-led coalition" or "Vietnamese-led forces" are not mediation.
    [GeneratedRegex(@"-\s?(?:(?:mediated|brokered|facilitated|sponsored)\b|led\s+(?:\w+\s+)?(?:mediation|talks|process|negotiations?|initiative|efforts?|peace|dialogue|diplomacy|truce|ceasefire|cease-fire)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HyphenLed();

    [GeneratedRegex(@"\b(?:mediation|mediating|mediator|mediators|facilitators?|facilitation|auspices|good offices|intermediary|intermediaries|go-between|go-betweens|honest brokers?|intercessions?|middlem[ae]n|(?<=\bas (?:an? |the )?(?:neutral |impartial )?)brokers?|(?<=\bthe neutral )table|(?<=\bas (?:an? |the )?)(?:bridge|channel|conduit)(?=\s+between\b))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    // Figurative go-betweens: "played the part of the neutral table" (the table the two sides sit at, kept by a third), "acted as a
    // bridge / channel / conduit between A and B"; a place or host ("a neutral venue", "neutral ground", "host") is no mediation.
    private static partial Regex MediationNoun();

    [GeneratedRegex(@"\b(?:broker(?:s|ing)?|mediat(?:e|es|ing)|facilitat(?:e|es|ing)|brokered|mediated|facilitated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActiveVerb();

    [GeneratedRegex(@"\b(?:under the auspices of|(?:as )?witnessed by|in the presence of(?: and supported by)?|with the (?:help|mediation|facilitation) of|under the (?:mediation|facilitation|sponsorship|patronage) of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Presence();

    [GeneratedRegex(@"\b(?:offer(?:ed|s)?|propos(?:ed|es)|volunteer(?:ed|s)?|ready|willing) to (?:mediate|broker|facilitate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offer();

    [GeneratedRegex(@"\b(?:brought|bring|brings|bringing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bring();

    // Indirect talks: "shuttled between A and B", "carried proposals (back and forth) between A and B". Carrying
    // needs a message noun so that "carried grain between" is no mediation.
    [GeneratedRegex(@"\b(?:shuttl(?:e|es|ed|ing)|(?:carr(?:y|ies|ied|ying)|relay(?:s|ed|ing)?|pass(?:es|ed|ing)?|ferr(?:y|ies|ied|ying)|convey(?:s|ed|ing)?|transmit(?:s|ted|ting)?)\s+(?:\w+\s+){0,2}(?:proposals?|messages?|offers?|drafts?|responses?|replies|positions|demands|ideas))\s+(?:back and forth\s+)?between\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shuttle();

    // Guarantors of a process: "X and Y, as guarantors," (the subject) and "the guarantor countries, X and Y" (the object).
    [GeneratedRegex(@"\b(?:(?<as>as (?:the )?(?:co-)?guarantors?)|guarantor (?:countries|states|powers|nations))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Guarantor();

    // "with the West German government arranging the meeting": who arranges the two sides' meeting or talks stands between them.
    [GeneratedRegex(@"\barrang(?:e|es|ed|ing)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:\w+\s+)?(?:meetings?|talks|contacts?|negotiations)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Arrange();

    // "We commend X and Y for facilitating the dialogue": a verb of thanks or praise before the ones credited.
    [GeneratedRegex(@"^(?:thank(?:s|ed|ing)?|commend(?:s|ed|ing)?|prais(?:e|es|ed|ing)|congratulat(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|credit(?:s|ed)?|recogni[sz](?:e|es|ed)|salut(?:e|es|ed)|appreciat(?:e|es|ed))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    // "X takes up mediation", "X revived its mediation", "X launched a mediation effort": the subject starts or leads a mediation.
    [GeneratedRegex(@"^(?:tak(?:e|es|ing)|took|launch(?:es|ed|ing)?|reviv(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|le(?:d|ads?)|undert(?:ake|akes|ook)|initiat(?:e|es|ed)|head(?:s|ed)?|open(?:s|ed)?|beg(?:in|ins|an)|start(?:s|ed)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakesUp();

    // Talks chaired by a third party: "co-chaired by the EU, the OSCE and the UN", "under the chairmanship of X".
    [GeneratedRegex(@"\b(?:(?:co-)?chaired by|under the (?:co-)?chair(?:manship)? of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChairedBy();

    [GeneratedRegex(@"\b(?:talks|negotiations|discussions|dialogue|consultations|peace process|sessions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalksNoun();

    // Shuttle diplomacy to the parties' capitals: "travelled to Tbilisi and Moscow with a ceasefire proposal". Only a peace
    // term before the plan noun makes it mediation ("flew to Paris and Berlin with a trade proposal" is none).
    [GeneratedRegex(@"\b(?:travell?ed|travels|flew|went|shuttled)\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Travel();

    [GeneratedRegex(@"^\s*(?:on [^,;.]{1,40}?\s)?with (?:a |an |the |his |her |its |their )?(?:\w+ )?(?:ceasefire|cease-fire|truce|peace|armistice) (?:proposals?|plans?|initiatives?|drafts?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeacePlanAfter();

    [GeneratedRegex(@"\basked\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asked();

    [GeneratedRegex(@"\bhost(?:s|ed|ing)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Host();
}
