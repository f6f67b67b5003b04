using ActorGraph.Core.Model;
using ActorGraph.Export.View;
using ActorGraph.Core.Text;

namespace ActorGraph.Export.Dot;

/// <summary>An edge look: colour, line style and arrowhead.</summary>
/// <param name="Name">What the legend calls it.</param>
public sealed record EdgeLook(string Name, string Color, string Style, string ArrowHead);

/// <summary>The fixed visual vocabulary of DOT output: one shape per actor kind, one edge look per
/// kind of tie. Colours are chosen to stay apart for the common forms of colour blindness
/// (blue/orange/red differ in lightness too) and every look also differs in line style.</summary>
public static class DotStyle
{
    /// <summary>Cooperative ties (talks, support, agreements): solid green.</summary>
    public static EdgeLook Cooperative { get; } = new("cooperative", "#2f9e44", "solid", "normal");
    /// <summary>Coercive ties (pressure, demands, threats): dashed orange.</summary>
    public static EdgeLook Coercive { get; } = new("coercive", "#e8590c", "dashed", "vee");
    /// <summary>Hostile ties (accusations, attacks, war): bold red, a bar at the head.</summary>
    public static EdgeLook Hostile { get; } = new("hostile", "#c92a2a", "bold", "tee");
    /// <summary>Structural ties (leads, part-of): dotted grey, hollow head.</summary>
    public static EdgeLook Structural { get; } = new("structural", "#868e96", "dotted", "onormal");
    /// <summary>The <c>mediates</c> relation: bold purple, diamond head.</summary>
    public static EdgeLook Mediation { get; } = new("mediates", "#7048e8", "bold", "diamond");
    /// <summary>A party's link to its process: solid blue, no arrow.</summary>
    public static EdgeLook Party { get; } = new("party in process", "#1971c2", "solid", "none");
    /// <summary>A mediator's link to its process: dashed purple, diamond head.</summary>
    public static EdgeLook Mediator { get; } = new("mediator in process", "#7048e8", "dashed", "diamond");

    /// <summary>Grey for what is outside a focus but shown for context.</summary>
    public const string ContextColor = "#ced4da";

    /// <summary>Fill for the focus endpoints.</summary>
    public const string EndpointFill = "#ffe066";

    /// <summary>Fill for focus mediators.</summary>
    public const string MediatorFill = "#d0bfff";

    /// <summary>Fill for process nodes.</summary>
    public const string ProcessFill = "#fff3bf";

    /// <summary>The look of a relation: <c>mediates</c> has its own, the rest follow the sign.</summary>
    public static EdgeLook For(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        if (relation.Kind.Name == RelationVocabulary.Mediates.Name) return Mediation;
        return relation.Sign switch
        {
            RelationSign.Cooperative => Cooperative,
            RelationSign.Coercive => Coercive,
            RelationSign.Hostile => Hostile,
            _ => Structural,
        };
    }

    /// <summary>The look of a process link.</summary>
    public static EdgeLook For(ProcessRole role) => role == ProcessRole.Mediator ? Mediator : Party;

    /// <summary>The node shape for an actor kind.</summary>
    public static string ShapeOf(ActorKind kind) => kind switch
    {
        ActorKind.State => "box",
        ActorKind.ArmedGroup => "octagon",
        ActorKind.Agency => "house",
        ActorKind.Government => "box3d",
        ActorKind.Organisation => "component",
        ActorKind.Person => "ellipse",
        ActorKind.Population => "invtrapezium",
        ActorKind.Territory => "parallelogram",
        _ => "note",
    };

    /// <summary>The shape for process nodes.</summary>
    public const string ProcessShape = "hexagon";

    /// <summary>How the legend and group boxes name an actor kind.</summary>
    public static string DisplayName(ActorKind kind) => kind switch
    {
        ActorKind.State => "state",
        ActorKind.ArmedGroup => "armed group",
        ActorKind.Agency => "agency",
        ActorKind.Government => "government",
        ActorKind.Organisation => "organisation",
        ActorKind.Person => "person",
        ActorKind.Population => "population",
        ActorKind.Territory => "territory",
        _ => "other",
    };

    /// <summary>The kebab-case name of a kind, as in seed files (used in stable subgraph ids).</summary>
    public static string KebabName(ActorKind kind) => EnumText.Name(kind);

    private static readonly string[] ClusterPalette =
    [
        "#e7f5ff", "#fff4e6", "#ebfbee", "#f3f0ff", "#fff0f6", "#e3fafc",
        "#fff9db", "#f8f0fc", "#e6fcf5", "#edf2ff", "#fff5f5", "#f1f3f5",
    ];

    /// <summary>A pale fill for cluster <paramref name="cluster"/>; repeats after twelve clusters.</summary>
    public static string ClusterFill(int cluster) => ClusterPalette[(int)((uint)cluster % (uint)ClusterPalette.Length)];
}
