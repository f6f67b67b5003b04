using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A side of the report's main pair made of several members: "the quartet accused Qatar" read as Saudi Arabia, the UAE,
/// Bahrain and Egypt each accusing Qatar, with the UAE–Qatar pair the main one. The members are the other sides that, in one
/// sentence, take the same conflict tie (accuses, attacks, rejects, demands, threatens, armed conflict) toward the same
/// opponent, in the same direction, as the main side does. A tie of cooperation or talks makes no bloc ("A and B negotiated
/// with C" is talks of three), nor does a sentence where the main side is not itself tied to the opponent.</summary>
internal static class MainBloc
{
    public sealed record Bloc(DocActor Side, DocActor Opponent, IReadOnlyList<DocActor> Members);

    private static readonly HashSet<string> Hostile = new(StringComparer.Ordinal)
    {
        "armed-conflict", "attacks", "accuses", "rejects", "demands", "threatens",
    };

    public static Bloc? Of((DocActor A, DocActor B)? main, IReadOnlyList<RawRelation> relations, IReadOnlyCollection<DocActor> exclude)
    {
        if (main is not { } pair) return null;
        return Members(pair.A, pair.B, relations, exclude) ?? Members(pair.B, pair.A, relations, exclude);
    }

    private static Bloc? Members(DocActor side, DocActor opponent, IReadOnlyList<RawRelation> relations, IReadOnlyCollection<DocActor> exclude)
    {
        var members = new List<DocActor>();
        foreach (var r in relations)
        {
            if (!Hostile.Contains(r.Kind.Name) || r.Modality is not (Modality.Reported or Modality.Claimed)) continue;
            var led = (Source: MainConflict.Led(r.Source), Target: MainConflict.Led(r.Target));
            // The main side's own tie in this sentence, same kind: side -> opponent (then members are sources) or opponent -> side.
            var outward = led.Source == side && led.Target == opponent;
            var inward = led.Source == opponent && led.Target == side;
            if (!outward && !inward) continue;
            foreach (var other in relations.Where(o => o.Where == r.Where && o.Kind == r.Kind))
            {
                var member = outward && MainConflict.Led(other.Target) == opponent ? MainConflict.Led(other.Source)
                    : inward && MainConflict.Led(other.Source) == opponent ? MainConflict.Led(other.Target) : null;
                if (member is null || member == side || member == opponent || exclude.Contains(member) || members.Contains(member)
                    || !PoliticalSides.IsSide(member) || Same(member, side) || Same(member, opponent)) continue;
                members.Add(member);
            }
        }
        return members.Count == 0 ? null : new Bloc(side, opponent, members);
    }

    /// <summary>A state and its government are one side.</summary>
    internal static bool Same(DocActor x, DocActor y) =>
        x == y || x.Kind is ActorKind.State or ActorKind.Government && y.Kind is ActorKind.State or ActorKind.Government && x.Country is { } c && c == y.Country;
}
