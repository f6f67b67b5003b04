namespace ActorGraph.Core.Model;

/// <summary>The valence of a tie, fixed by its <see cref="RelationKind"/>.</summary>
public enum RelationSign
{
    /// <summary>Talks, support, cooperation: a channel through which mediation can pass.</summary>
    Cooperative,
    /// <summary>Pressure and demands: neither a channel nor enmity. Not used for paths or camps.</summary>
    Coercive,
    /// <summary>Accusations, attacks, war: counts against putting two actors in one camp.</summary>
    Hostile,
    /// <summary>Organisation: leads, part-of, member-of, based-in.</summary>
    Structural,
}
