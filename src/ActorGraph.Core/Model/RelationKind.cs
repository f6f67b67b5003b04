namespace ActorGraph.Core.Model;

/// <summary>A kind of relation from the documented vocabulary (<see cref="RelationVocabulary"/>).</summary>
/// <param name="Name">The kebab-case name used in seed files, e.g. <c>negotiates</c>.</param>
/// <param name="Sign">Whether the tie is cooperative, coercive, hostile or structural.</param>
/// <param name="Directed">False when the tie means the same read from either end (meets, armed-conflict).</param>
/// <param name="Description">What the kind means, for the docs and <c>--help</c>.</param>
public sealed record RelationKind(string Name, RelationSign Sign, bool Directed, string Description)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
