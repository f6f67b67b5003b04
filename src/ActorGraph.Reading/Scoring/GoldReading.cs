using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Scoring;

/// <summary>A gold actor: its names, and whether a faithful graph must hold it.</summary>
public sealed record GoldActor(string Name, IReadOnlyList<string> Aliases, bool Required);

/// <summary>A gold relation between gold actors (by index), with its modality and level.</summary>
/// <remarks><paramref name="AnyModality"/>: the gold does not say how the tie was reported (a <c>mediates</c> tie
/// expanded from a seed's process), so any modality matches.</remarks>
public sealed record GoldRelation(RelationKind Kind, int Source, int Target, Modality Modality, bool Required, bool AnyModality = false);

/// <summary>A gold mediation process: parties and mediators (gold actor indexes; -1 for an unnamed party).</summary>
public sealed record GoldProcess(string Name, IReadOnlyList<int> Parties, IReadOnlyList<int> Mediators);

/// <summary>What a faithful reading of one text holds (a gold reading file, or a hand-made seed).</summary>
public sealed record GoldReading(
    string Name,
    IReadOnlyList<GoldActor> Actors,
    IReadOnlyList<string> MustNotAppear,
    IReadOnlyList<GoldRelation> Relations,
    IReadOnlyList<GoldProcess> Processes);
