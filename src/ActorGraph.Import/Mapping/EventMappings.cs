using System.Collections.Immutable;
using ActorGraph.Core.Model;
using V = ActorGraph.Core.Model.RelationVocabulary;

namespace ActorGraph.Import.Mapping;

/// <summary>The closed set of things an imported event can become. CAMEO and PLOVER tables point here.</summary>
public static class EventMappings
{
    private static int _next;

    private static EventMapping M(string tag, RelationKind kind, string label, string? topic = null,
        bool mediation = false, Modality modality = Modality.Reported) =>
        new(_next++, tag, kind, modality, topic, mediation, label);

#pragma warning disable CA1707, SA1310 // field names read like the table in docs/import.md
    public static readonly EventMapping Engages = M("engages", V.Engages, "statement, appeal or contact");
    public static readonly EventMapping EngagesIntent = M("engages-intent", V.Engages, "intent to cooperate", modality: Modality.Hoped);
    public static readonly EventMapping Meets = M("meets", V.Meets, "consultation or visit");
    public static readonly EventMapping Mediates = M("mediates", V.Mediates, "mediated", "mediation", mediation: true);
    public static readonly EventMapping MediatesIntent = M("mediates-intent", V.Mediates, "intent to mediate", "mediation", mediation: true, modality: Modality.Hoped);
    public static readonly EventMapping Negotiates = M("negotiates", V.Negotiates, "negotiated", mediation: true);
    public static readonly EventMapping Agreement = M("agreement", V.Cooperates, "signed a formal agreement", "agreement");
    public static readonly EventMapping Cooperates = M("cooperates", V.Cooperates, "cooperation");
    public static readonly EventMapping Supports = M("supports", V.Supports, "support");
    public static readonly EventMapping Yields = M("yields", V.Cooperates, "yielded or eased restrictions");
    public static readonly EventMapping AgreesCeasefire = M("agrees-ceasefire", V.AgreesCeasefire, "declared a truce or ceasefire", "ceasefire");
    public static readonly EventMapping Aids = M("aids", V.Aids, "provided aid");
    public static readonly EventMapping Demands = M("demands", V.Demands, "demand");
    public static readonly EventMapping DemandsMediation = M("demands-mediation", V.Demands, "demanded mediation", "mediation");
    public static readonly EventMapping Accuses = M("accuses", V.Accuses, "disapproval or accusation");
    public static readonly EventMapping Rejects = M("rejects", V.Rejects, "rejection");
    public static readonly EventMapping RejectsMediation = M("rejects-mediation", V.Rejects, "rejected mediation", "mediation");
    public static readonly EventMapping HaltsMediation = M("halts-mediation", V.Rejects, "halted mediation", "mediation");
    public static readonly EventMapping Threatens = M("threatens", V.Threatens, "threat");
    public static readonly EventMapping ThreatensMediation = M("threatens-halt-mediation", V.Threatens, "threatened to halt mediation", "mediation");
    public static readonly EventMapping ShowsForce = M("shows-force", V.Threatens, "exhibited force posture");
    public static readonly EventMapping Pressures = M("pressures", V.Pressures, "protest or coercion");
    public static readonly EventMapping Sanctions = M("sanctions", V.Sanctions, "reduced relations or sanctioned");
    public static readonly EventMapping Attacks = M("attacks", V.Attacks, "assault, fight or mass violence");
    public static readonly EventMapping ViolatesCeasefire = M("violates-ceasefire", V.Attacks, "violated a ceasefire", "ceasefire");

    // CAMEO 028: an appeal asks for mediation (to a would-be mediator or to a party asked to accept one); it shows
    // neither who mediates nor that anyone does, so it is no mediation signal. Last, so earlier indexes stay put.
    public static readonly EventMapping AppealsMediation = M("appeals-mediation", V.Engages, "appealed for mediation", "mediation");
#pragma warning restore CA1707, SA1310

    /// <summary>Every mapping, by <see cref="EventMapping.Index"/>.</summary>
    public static ImmutableArray<EventMapping> All { get; } =
    [
        Engages, EngagesIntent, Meets, Mediates, MediatesIntent, Negotiates, Agreement,
        Cooperates, Supports, Yields, AgreesCeasefire, Aids, Demands, DemandsMediation, Accuses, Rejects,
        RejectsMediation, HaltsMediation, Threatens, ThreatensMediation, ShowsForce, Pressures, Sanctions,
        Attacks, ViolatesCeasefire, AppealsMediation,
    ];
}
