using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Facts;

/// <summary>An actor the reader proposes, with where it was first seen.</summary>
/// <param name="Id">Kebab-case id in the output seed.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Actor kind.</param>
/// <param name="Aliases">Other names: forms seen in the text and the built-in table's names.</param>
/// <param name="Country">ISO alpha-3 code, when known.</param>
/// <param name="Description">The reader's own short description.</param>
/// <param name="Where">First mention.</param>
/// <param name="Rule">The rule that recognised it.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Mentions">How many times it is mentioned.</param>
public sealed record ProposedActor(
    string Id,
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    string? Country,
    string? Description,
    FactLocation Where,
    string Rule,
    double Confidence,
    int Mentions);
