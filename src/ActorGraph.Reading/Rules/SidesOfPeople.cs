using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>The sides two people stand for when they negotiate or agree a ceasefire: "Taha and Garang negotiate in person"
/// is also the government and the SPLM/A negotiating. A person stands for the state, government, armed group or political
/// body they lead or belong to; when only one of the two holds such an office and the last pair of sides in view holds
/// that side, the other person stands for the other side of that pair. Null when the two sides are not both known.</summary>
internal static class SidesOfPeople
{
    public static (DocActor A, DocActor B)? Of(DocActor a, DocActor b, (DocActor A, DocActor B)? inView)
    {
        if (a.Kind != ActorKind.Person || b.Kind != ActorKind.Person) return null;
        var sideA = Side(a);
        var sideB = Side(b);
        if (inView is { } pair)
        {
            if (sideA is null && sideB is not null) sideA = Other(pair, sideB);
            else if (sideB is null && sideA is not null) sideB = Other(pair, sideA);
        }
        return sideA is not null && sideB is not null && sideA != sideB ? (sideA, sideB) : null;
    }

    private static DocActor? Side(DocActor person) =>
        person.Office is { Affiliation: var side } && PoliticalSides.IsSide(side) ? side : null;

    private static DocActor? Other((DocActor A, DocActor B) pair, DocActor side) =>
        pair.A == side ? pair.B : pair.B == side ? pair.A : null;
}
