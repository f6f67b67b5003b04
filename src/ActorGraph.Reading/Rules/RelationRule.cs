using System.Text.RegularExpressions;
using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Rules;

/// <summary>One relation rule: trigger words and how to find the two actors around them.</summary>
/// <param name="Name">Rule name shown in the review.</param>
/// <param name="Trigger">Trigger words (case-insensitive).</param>
/// <param name="Kind">The relation it proposes.</param>
/// <param name="Confidence">Base confidence of what it finds.</param>
internal sealed record RelationRule(string Name, Regex Trigger, RelationKind Kind, double Confidence)
{
    /// <summary>Looks for a pair: "between X and Y", "X and Y agreed", "both sides".</summary>
    public bool Pair { get; init; }

    /// <summary>Looks for a subject on the left and an object on the right (or the agent of a passive).</summary>
    public bool SubjectObject { get; init; } = true;

    /// <summary>Only fires when the sentence also says the thing was agreed, signed, reached or implemented.</summary>
    public Regex? Requires { get; init; }

    /// <summary>"pressure from X on Y": the actor after "from" is the source.</summary>
    public bool FromIsSource { get; init; }

    /// <summary>With a subject and no object, the target is the other side of the report's main conflict.</summary>
    public bool CounterpartFallback { get; init; }

    /// <summary>With a subject and no object, the target is the last actor that made a proposal.</summary>
    public bool ProposerFallback { get; init; }

    /// <summary>With no actors at all, the relation holds between the two sides of the report's main conflict.</summary>
    public bool MainPairFallback { get; init; }

    /// <summary>The two sides are the only two sides named after the trigger ("the meeting brought together the delegation of X,
    /// led by ..., and the delegation of Y"), however long the asides between them.</summary>
    public bool ObjectPair { get; init; }

    /// <summary>A modality fixed by the rule (the act itself is the fact: "X accused Y").</summary>
    public Modality? FixedModality { get; init; }
}
