using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A mediating panel's chair mediates with it: "the AU High-Level Implementation Panel, chaired by former President
/// Thabo Mbeki," facilitating talks makes Mbeki a mediator; so does "The Panel was chaired by Kofi Annan". Only bodies made of
/// persons (a panel, team, troika, quartet), so that the head of a state or a larger organisation that mediates
/// ("Norway", "the African Union") is not added.</summary>
internal static class PanelChairs
{
    private static readonly HashSet<string> PersonBodies = new(StringComparer.OrdinalIgnoreCase) { "panel", "team", "troika", "quartet" };

    public static List<DocActor> Of(IReadOnlyList<DocActor> mediators, IReadOnlyList<RawRelation> relations)
    {
        var panels = mediators.Where(m => m.Kind == ActorKind.Organisation && m.Name.Split(' ', '-').LastOrDefault() is { } head && PersonBodies.Contains(head)).ToHashSet();
        if (panels.Count == 0) return [];
        return relations.Where(r => r.Kind == RelationVocabulary.Leads && r.Source.Kind == ActorKind.Person && panels.Contains(r.Target))
            .Select(r => r.Source).Where(p => !mediators.Contains(p)).Distinct().ToList();
    }
}
