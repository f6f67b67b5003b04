using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>A set of <see cref="RelationSign"/> values, as flags.</summary>
[Flags]
public enum SignSet
{
    /// <summary>No sign.</summary>
    None = 0,
    /// <summary>Talks, support, cooperation.</summary>
    Cooperative = 1,
    /// <summary>Pressure, demands, threats, sanctions.</summary>
    Coercive = 2,
    /// <summary>Accusations, attacks, war.</summary>
    Hostile = 4,
    /// <summary>Leads, part-of, member-of, based-in.</summary>
    Structural = 8,
    /// <summary>Every sign.</summary>
    All = Cooperative | Coercive | Hostile | Structural,
}

/// <summary>Helpers for <see cref="SignSet"/>.</summary>
public static class SignSetExtensions
{
    /// <summary>The flag for one sign.</summary>
    public static SignSet ToSet(this RelationSign sign) => sign switch
    {
        RelationSign.Cooperative => SignSet.Cooperative,
        RelationSign.Coercive => SignSet.Coercive,
        RelationSign.Hostile => SignSet.Hostile,
        RelationSign.Structural => SignSet.Structural,
        _ => SignSet.None,
    };

    /// <summary>True when <paramref name="set"/> holds <paramref name="sign"/>.</summary>
    public static bool Has(this SignSet set, RelationSign sign) => (set & sign.ToSet()) != 0;
}
