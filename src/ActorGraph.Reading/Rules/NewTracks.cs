using System.Text.RegularExpressions;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A cue that opens a new track of the same pair even though it shares a mediator with an earlier one: its sentence says
/// talks began ("In October 2008 the two states began the Geneva International Discussions, co-chaired by the EU, the OSCE and the
/// UN", "launched a new round of negotiations") and it brings mediators the earlier track did not have. A cue that only repeats
/// the earlier mediators ("the OSCE opened the talks") stays in their process.</summary>
internal static partial class NewTracks
{
    [GeneratedRegex(
        @"\b(?:began|begun|launched|opened|started|inaugurated)\b(?: \w+){0,5}? (?:talks|negotiations|discussions|dialogue|consultations|process)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Begins();

    public static bool Opens(MediationCue cue, IReadOnlyList<DocActor> cueMediators, IReadOnlyCollection<DocActor> earlierMediators) =>
        cueMediators.Any(m => !earlierMediators.Contains(m)) && Begins().IsMatch(cue.Sentence);
}
