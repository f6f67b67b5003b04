using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ActorGraph.Core.Model;

namespace ActorGraph.Export.Cypher;

/// <summary>The Neo4j graph schema ActorGraph writes (docs/export.md): node labels, relationship
/// types and property names. Every identifier comes from this fixed list, never from user text.</summary>
public static partial class Neo4jSchema
{
    /// <summary>Label of actors: <c>{id, name, kind, aliases, country, description}</c>.</summary>
    public const string Actor = "Actor";
    /// <summary>Label of mediation processes.</summary>
    public const string Process = "Process";
    /// <summary>Label of sources.</summary>
    public const string Source = "Source";
    /// <summary><c>(:Actor)-[:PARTY_IN]-&gt;(:Process)</c>.</summary>
    public const string PartyIn = "PARTY_IN";
    /// <summary><c>(:Actor)-[:MEDIATES_IN]-&gt;(:Process)</c>.</summary>
    public const string MediatesIn = "MEDIATES_IN";

    private static readonly FrozenDictionary<string, string> Types =
        RelationVocabulary.All.ToFrozenDictionary(k => k.Name, k => k.Name.Replace('-', '_').ToUpperInvariant(), StringComparer.Ordinal);

    /// <summary>Every relationship type for relations, in vocabulary order.</summary>
    public static IReadOnlyList<string> RelationTypes { get; } = [.. RelationVocabulary.All.Select(k => Types[k.Name])];

    /// <summary>The relationship type of a relation kind in the vocabulary (<c>agrees-ceasefire</c> →
    /// <c>AGREES_CEASEFIRE</c>); throws for a kind outside it, so no user text ever becomes an identifier.</summary>
    public static string RelationType(RelationKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (!Types.TryGetValue(kind.Name, out var type) || !IdentifierPattern().IsMatch(type))
            throw new InvalidOperationException($"relation kind '{kind.Name}' is not in the relation vocabulary; it cannot be exported to Neo4j");
        return type;
    }

    [GeneratedRegex("^[A-Z][A-Z_]*$")]
    private static partial Regex IdentifierPattern();
}
