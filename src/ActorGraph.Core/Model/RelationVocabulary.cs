using System.Collections.Frozen;

namespace ActorGraph.Core.Model;

/// <summary>The closed vocabulary of relation kinds, with sign and direction for each.</summary>
public static class RelationVocabulary
{
    // Structural
    public static readonly RelationKind Leads = new("leads", RelationSign.Structural, true, "source heads or commands target (a person leading an agency or state)");
    public static readonly RelationKind PartOf = new("part-of", RelationSign.Structural, true, "source is a component of target (an agency of a state)");
    public static readonly RelationKind MemberOf = new("member-of", RelationSign.Structural, true, "source belongs to target (a state in an alliance, an official in a delegation)");
    public static readonly RelationKind BasedIn = new("based-in", RelationSign.Structural, true, "source operates from target's territory");

    // Cooperative
    public static readonly RelationKind Meets = new("meets", RelationSign.Cooperative, false, "the two met face to face or held talks");
    public static readonly RelationKind Negotiates = new("negotiates", RelationSign.Cooperative, false, "the two negotiate terms, directly or through intermediaries");
    public static readonly RelationKind Engages = new("engages", RelationSign.Cooperative, true, "source reaches out to or consults target");
    public static readonly RelationKind Mediates = new("mediates", RelationSign.Cooperative, true, "source acts as a go-between for target in talks with a third party");
    public static readonly RelationKind Supports = new("supports", RelationSign.Cooperative, true, "source backs target politically, materially or militarily");
    public static readonly RelationKind Cooperates = new("cooperates", RelationSign.Cooperative, false, "the two work together towards a shared aim");
    public static readonly RelationKind AgreesCeasefire = new("agrees-ceasefire", RelationSign.Cooperative, false, "the two agreed a ceasefire or truce");
    public static readonly RelationKind Aids = new("aids", RelationSign.Cooperative, true, "source provides humanitarian or economic aid to target");
    public static readonly RelationKind Allied = new("allied", RelationSign.Cooperative, false, "the two are in a standing alliance");

    // Coercive
    public static readonly RelationKind Pressures = new("pressures", RelationSign.Coercive, true, "source pushes target to act (diplomatic or economic pressure)");
    public static readonly RelationKind Demands = new("demands", RelationSign.Coercive, true, "source sets conditions that target is asked to meet");
    public static readonly RelationKind Threatens = new("threatens", RelationSign.Coercive, true, "source threatens target");
    public static readonly RelationKind Sanctions = new("sanctions", RelationSign.Coercive, true, "source imposes sanctions or restrictions on target");
    public static readonly RelationKind Rejects = new("rejects", RelationSign.Coercive, true, "source rejects target's proposal or demand");

    // Hostile
    public static readonly RelationKind Accuses = new("accuses", RelationSign.Hostile, true, "source publicly blames target");
    public static readonly RelationKind Attacks = new("attacks", RelationSign.Hostile, true, "source used force against target");
    public static readonly RelationKind ArmedConflict = new("armed-conflict", RelationSign.Hostile, false, "the two are at war or in sustained armed conflict");

    /// <summary>Every kind, in documentation order.</summary>
    public static IReadOnlyList<RelationKind> All { get; } =
    [
        Leads, PartOf, MemberOf, BasedIn,
        Meets, Negotiates, Engages, Mediates, Supports, Cooperates, AgreesCeasefire, Aids, Allied,
        Pressures, Demands, Threatens, Sanctions, Rejects,
        Accuses, Attacks, ArmedConflict,
    ];

    private static readonly FrozenDictionary<string, RelationKind> ByName =
        All.ToFrozenDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Looks a kind up by its name, ignoring case; also accepts underscores for dashes.</summary>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RelationKind? kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.TryGetValue(name.Trim().Replace('_', '-'), out kind);
    }

    /// <summary>The kind with this name; throws <see cref="KeyNotFoundException"/> for an unknown name.</summary>
    public static RelationKind Get(string name) =>
        TryGet(name, out var kind) ? kind : throw new KeyNotFoundException($"unknown relation kind '{name}'");

    /// <summary>The known kind names closest to <paramref name="name"/> (edit distance), best first.</summary>
    public static IReadOnlyList<string> Suggest(string name, int max = 3) =>
        Text.Suggestions.Closest(name, All.Select(k => k.Name), max);
}
