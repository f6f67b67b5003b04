using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Which actors can be a side of talks: states, governments, armed groups, and a country's own political bodies
/// that the report names ("the Party of National Unity (PNU)", "the South Sudan Opposition Movements Alliance (SSOMA)",
/// "the Union for Peace in the Central African Republic"). An organisation is a political body when its name holds a
/// party, movement, alliance, front, coalition, congress, platform or opposition noun and it is not an international
/// body of the tables, or a one-word name the report describes as a movement or party (the African Union and the Non-Aligned Movement stay organisations that can only mediate, host or
/// support).</summary>
internal static class PoliticalSides
{
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "party", "parties", "movement", "movements", "alliance", "front", "coalition", "congress", "platform", "opposition", "union",
    };

    /// <summary>A state, government, armed group or political body, or a territory acting as its de facto authority (<see cref="DeFactoAuthorities"/>).</summary>
    public static bool IsSide(DocActor a) => a.Kind is ActorKind.State or ActorKind.Government or ActorKind.ArmedGroup || IsPoliticalBody(a) || DeFactoAuthorities.Acts(a);

    /// <summary>An organisation named as a country's political body: read by the rules (or a table entry of one country) with a
    /// party, movement, alliance... noun in its name.</summary>
    public static bool IsPoliticalBody(DocActor a)
    {
        if (a.Kind != ActorKind.Organisation) return false;
        if (a.Template is { } known && known.Country is null) return false;
        // "the Renamo opposition movement", "Frelimo, the governing party": a one-word name the report described as such a body.
        if (a.Rule is "described-body" or "described-name") return true;
        foreach (var word in a.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (Heads.Contains(word)) return true;
        return false;
    }
}
