using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Heads named by a title with no state that nothing in their sentence placed ("President Juan Manuel Santos suspended
/// the talks", "President Biden reaffirmed"), placed once the whole report is read: in a text published by a state's own office
/// (the White House, the Kremlin), the first such head leads that state; otherwise, when the report's main pair of sides has
/// exactly one state (or its government) facing a side that is no state (an armed group, a rebel movement, an opposition), that
/// state is the only one a head of either side can lead. A head who mediates, or a text whose sides are two states, stays
/// unplaced: which of two states a bare "President X" leads is not in the words.</summary>
internal static class UnplacedHeads
{
    public static void Place(Discourse discourse, DocumentActors actors, (DocActor A, DocActor B)? main, IReadOnlyCollection<DocActor> mediators,
        List<RawRelation> relations)
    {
        if (discourse.UnplacedHeads.Count == 0) return;
        var heads = discourse.UnplacedHeads.Where(h => h.Person.Office is null && !mediators.Contains(h.Person)).DistinctBy(h => h.Person).ToList();
        if (heads.Count == 0) return;
        if (discourse.PublisherCountry is { } country &&
            actors.All.FirstOrDefault(a => a.Kind == ActorKind.State && a.Country == country) is { } publisher)
        {
            // Only the first: a readout names its own head first and bare; a foreign head it names later may be bare too.
            var first = heads[0];
            if (discourse.UnplacedHeads[0].Person == first.Person) Lead(first, publisher, "title-publisher-state", actors, relations);
            return;
        }
        if (StateSide(main) is not { } state) return;
        // "Croatia by President X": a head beside a state of his own sentence may be that state's.
        foreach (var head in heads.Where(h => !h.BesideState)) Lead(head, state, "title-state-side", actors, relations);
    }

    /// <summary>The one side of the pair that is a state or a state's government, when the other is neither.</summary>
    private static DocActor? StateSide((DocActor A, DocActor B)? main)
    {
        if (main is not { } pair) return null;
        static bool IsState(DocActor a) => a.Kind is ActorKind.State or ActorKind.Government;
        return (IsState(pair.A), IsState(pair.B)) switch
        {
            (true, false) => pair.A,
            (false, true) => pair.B,
            _ => null,
        };
    }

    private static void Lead((DocActor Person, Facts.FactLocation Where, string Quote, bool BesideState) head, DocActor state, string rule, DocumentActors actors,
        List<RawRelation> relations)
    {
        head.Person.Office = (state, RoleKind.Leads);
        var led = state.Kind == ActorKind.State && actors.FindByName("Government of " + state.Name) is { } government ? government : state;
        relations.Add(new RawRelation(head.Person, led, RelationVocabulary.Leads, Modality.Reported, null, head.Where, rule, 0.7, head.Quote));
    }
}
