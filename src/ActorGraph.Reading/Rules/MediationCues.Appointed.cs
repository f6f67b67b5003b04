using System.Text.RegularExpressions;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

// Appointed mediators (issue 14, blind reports 117-126): "The Summit appointed H.E. NAME, President of the Republic of X, as
// Mediator, to facilitate an urgent dialogue between A and B". The one appointed is named by ChairCues ("as-mediators"); the
// infinitive of purpose after "as Mediator," is his errand, not a new cue whose subject would be the nearest actor before it
// (the state of his title, which then took his place as the process's mediator).
internal static partial class MediationCues
{
    // The text before the verb ends in "appointed/designated/named ... as [its] [Chief|Joint|Co-] Mediator[,] to".
    [GeneratedRegex(@"\b(?:appointed|appoints|appoint|designated|designates|designate|named|names|chose|chooses)\b[^;:]{1,240}?\bas (?:(?:his|her|its|their|the|a|an) )?(?:(?:chief|lead|joint|special|sole|co-?) ?)*(?:mediators?|co-mediators?|facilitators?|co-facilitators?)\s*,?\s*to\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppointedAsMediatorTo();

    /// <summary>Whether the mediation verb at <paramref name="index"/> is the errand of one appointed as mediator just before
    /// ("appointed X as Mediator, to facilitate"): the appointee, not the verb's nearest subject, is the mediator.</summary>
    private static bool AppointedErrand(SentenceContext s, int index)
    {
        var from = Math.Max(0, index - 300);
        return AppointedAsMediatorTo().IsMatch(s.Text[from..index]);
    }
}
