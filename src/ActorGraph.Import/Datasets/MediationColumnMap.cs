using System.Collections.Frozen;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Datasets;

/// <summary>Which header column of a mediation data set holds what, from
/// <c>--map conflict=Conflict,side-a=SideA,side-b=SideB,mediators=ThirdParty,start=Start,end=End,outcome=Outcome</c>.</summary>
/// <remarks>Required: <c>side-a</c>, <c>side-b</c>, <c>mediators</c>. Optional: <c>conflict</c>, <c>start</c>,
/// <c>end</c>, <c>outcome</c>, <c>id</c>, <c>url</c>, <c>title</c> (of the row's source). A cell may list several
/// actors separated by <c>;</c>, <c>|</c> or <c>,</c>.</remarks>
public sealed record MediationColumnMap(FrozenDictionary<string, string> Columns)
{
    /// <summary>Every field a map may name.</summary>
    public static IReadOnlyList<string> KnownFields { get; } = ["conflict", "side-a", "side-b", "mediators", "start", "end", "outcome", "id", "url", "title"];

    /// <summary>Parses <c>field=Column,...</c>; throws <see cref="FormatException"/> with a clear message.</summary>
    public static MediationColumnMap Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var map = FieldMapSpec.Parse(spec, KnownFields);
        foreach (var required in new[] { "side-a", "side-b", "mediators" })
        {
            if (!map.ContainsKey(required))
                throw new FormatException($"--map: the '{required}' field is required (e.g. --map conflict=Conflict,side-a=SideA,side-b=SideB,mediators=ThirdParty,start=Start,end=End,outcome=Outcome)");
        }
        return new MediationColumnMap(map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
