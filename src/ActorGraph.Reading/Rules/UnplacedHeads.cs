using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Heads named by a title with no state that nothing in their sentence placed ("President Juan Manuel Santos suspended
/// the talks", "President Biden reaffirmed"), placed once the whole report is read: in a text published by a state's own office
/// (the White House, the Kremlin), the first such head leads that state; otherwise, when the report's main pair of sides has
/// exactly one state (or its government) facing a side that is no state (an armed group, a rebel movement, an opposition), that
/// state is the only one a head of either side can lead. A head who mediates, or a text whose sides are two states, stays
/// unplaced: which of two states a bare "President X" leads is not in the words, unless the head faces a country's own rebels.</summary>
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
        // "Croatia by President X": a head beside a state of his own sentence may be that state's.
        heads = heads.Where(h => !h.BesideState).ToList();
        foreach (var head in heads)
            if (FacedRebelsState(head.Person, actors, relations) is { } own) Lead(head, own, "title-faces-rebels", actors, relations);
        if (StateSide(main) is not { } state) return;
        foreach (var head in heads.Where(h => h.Person.Office is null)) Lead(head, state, "title-state-side", actors, relations);
    }

    private static readonly HashSet<string> Facing = new(StringComparer.Ordinal) { "agrees-ceasefire", "negotiates", "meets", "armed-conflict", "accuses", "rejects", "demands" };

    /// <summary>"President X and Savimbi shook hands and a ceasefire was announced": a head whose counterpart in a two-sided fact is a
    /// country's own rebel movement or party (or its leader) leads that country, when the report names it; null when the counterparts
    /// are of several countries or of none.</summary>
    private static DocActor? FacedRebelsState(DocActor head, DocumentActors actors, List<RawRelation> relations)
    {
        var countries = relations.Where(r => Facing.Contains(r.Kind.Name) && (r.Source == head || r.Target == head))
            .Select(r => MainConflict.Led(r.Source == head ? r.Target : r.Source))
            .Where(o => o.Kind == ActorKind.ArmedGroup || PoliticalSides.IsPoliticalBody(o))
            .Select(o => o.Country).Distinct().ToList();
        if (countries.Count != 1 || countries[0] is not { } country) return null;
        return actors.All.FirstOrDefault(a => a.Kind == ActorKind.State && a.Country == country);
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
