using System.Collections.Frozen;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Datasets;

/// <summary>Which header column of a mediation data set holds what, from
/// <c>--map conflict=Conflict,side-a=SideA,side-b=SideB,mediators=ThirdParty,start=Start,end=End,outcome=Outcome</c>.</summary>
/// <remarks>Required: <c>mediators</c> and the sides, either <c>side-a</c> and <c>side-b</c> (Civil Wars Mediation style)
/// or <c>parties</c>, one cell listing every signatory party (PA-X's <c>Part</c>, with <c>ThrdPart</c> as mediators).
/// Optional: <c>conflict</c>, <c>start</c>, <c>end</c>, <c>outcome</c>, <c>id</c>, <c>url</c>, <c>title</c> (of the
/// row's source). A cell may list several actors separated by <c>;</c>, <c>|</c> or <c>,</c>; labels such as
/// <c>Signed by:</c> or <c>Witnessed by:</c> before a name are dropped.</remarks>
public sealed record MediationColumnMap(FrozenDictionary<string, string> Columns)
{
    /// <summary>Every field a map may name.</summary>
    public static IReadOnlyList<string> KnownFields { get; } = ["conflict", "side-a", "side-b", "parties", "mediators", "start", "end", "outcome", "id", "url", "title"];

    /// <summary>A map for PA-X (Peace Agreements Database, University of Edinburgh; codebook column names): agreement
    /// id, name, country/entity, date signed, signatory parties, third-party signatories and status (signed or not).</summary>
    public const string PaX = "id=AgtId,title=Agt,conflict=Con,start=Dat,parties=Part,mediators=ThrdPart,outcome=Status";

    /// <summary>Parses <c>field=Column,...</c>; throws <see cref="FormatException"/> with a clear message.</summary>
    public static MediationColumnMap Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var map = FieldMapSpec.Parse(spec, KnownFields);
        const string example = "(e.g. --map conflict=Conflict,side-a=SideA,side-b=SideB,mediators=ThirdParty,start=Start,end=End,outcome=Outcome, " +
            "or for PA-X --map " + PaX + ")";
        if (!map.ContainsKey("mediators")) throw new FormatException($"--map: the 'mediators' field is required {example}");
        var sides = map.ContainsKey("side-a") || map.ContainsKey("side-b");
        if (sides && map.ContainsKey("parties")) throw new FormatException("--map: give either side-a and side-b, or parties, not both");
        if (!map.ContainsKey("parties"))
        {
            foreach (var required in new[] { "side-a", "side-b" })
                if (!map.ContainsKey(required)) throw new FormatException($"--map: the '{required}' field is required, or 'parties' for one cell of all parties {example}");
        }
        return new MediationColumnMap(map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
