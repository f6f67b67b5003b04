using System.Text.RegularExpressions;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A dated ceasefire the pair concluded under a mediator the pair's earlier process did not have is a process of its own
/// ("the ceasefire of 23 May 2014, which the Government and the movements agreed in Kidal under the auspices of X", "In June 1999
/// the two sides signed a truce brokered by Y"), even when the earlier process carries no date to measure the distance by. A
/// ceasefire cue that only repeats the earlier mediators, or carries no date, stays in their process.</summary>
internal static partial class SeparateCeasefires
{
    [GeneratedRegex(
        @"\b(?:cease-?fires?|truces?|armistices?)\b(?:[^.;]*?)\b(?:agreed|signed|concluded|reached|brokered|negotiated)\b"
        + @"|\b(?:agreed|signed|concluded|reached)\b(?: \w+){0,4}? (?:cease-?fires?|truces?|armistices?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Concluded();

    /// <summary>True when the cue is dated, brings a mediator the earlier process did not have (the Chairperson beside the
    /// organisation he chairs counts as new) and its sentence tells of a ceasefire or truce that was agreed, signed or brokered.
    /// A second cue of a sentence the earlier process already holds ("under the auspices of the Chairperson, President X of
    /// Mauritania") stays with it.</summary>
    public static bool Opens(MediationCue cue, IReadOnlyList<DocActor> cueMediators, IReadOnlyCollection<DocActor> earlierMediators,
        IReadOnlyList<MediationCue> earlierCues) =>
        cue.Date is not null && cueMediators.Any(m => !earlierMediators.Contains(m))
        && !earlierCues.Any(c => c.SentenceIndex == cue.SentenceIndex) && Concluded().IsMatch(cue.Sentence);
}
