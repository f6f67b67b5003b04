namespace ActorGraph.Core.Model;

/// <summary>How many independent times a set of ties was seen: the one measure of "sustained" evidence that the
/// structural-candidate rule (Analysis) and the mediation-triangle rule (Import) share.</summary>
/// <remarks>
/// A sighting is a distinct (source, day) pair among the ties' evidence, the day being the tie's own date (its start,
/// else its end, else undated). Machine coding turns one article into many rows: GDELT codes the same sentence in both
/// directions, as a visit and as hosting, as a statement and as an appeal, so the event count (<see cref="Relation.Weight"/>)
/// of a burst from one article on one day says nothing more than the article itself; two articles, or one outlet on two
/// days, are two sightings. A tie without evidence (a hand-coded fact with no source, a GDELT 1.0 row without a URL)
/// counts by its weight, since nothing says its events are one reading.
/// Cost: O(Σ evidence items) with a small set; stops as soon as <c>enough</c> sightings are found.
/// </remarks>
public static class Sightings
{
    /// <summary>True when <paramref name="ties"/> were seen at least <paramref name="enough"/> independent times.</summary>
    public static bool AtLeast(IEnumerable<Relation> ties, int enough)
    {
        ArgumentNullException.ThrowIfNull(ties);
        long unsourced = 0;
        var seen = new HashSet<(string Source, DateOnly? Day)>();
        foreach (var tie in ties)
        {
            if (tie.EvidenceCount == 0) unsourced += tie.Weight;
            else
            {
                var day = tie.When.Start ?? tie.When.End;
                foreach (var source in tie.EvidenceSourceIds()) seen.Add((source, day));
            }
            if (unsourced + seen.Count >= enough) return true;
        }
        return unsourced + seen.Count >= enough;
    }
}
