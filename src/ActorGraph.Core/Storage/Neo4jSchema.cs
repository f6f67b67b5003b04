using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>The graph schema in Neo4j (docs/neo4j.md), the one owner of it: node labels and relationship
/// types, used by the Neo4j store and by the Cypher-script export alike. Property values that are enums are
/// spelled by <see cref="Text.EnumText"/>. Every identifier that reaches a Cypher text comes from this fixed
/// list, never from user text. Plain names only: the core knows no Neo4j client.</summary>
public static partial class Neo4jSchema
{
    /// <summary>Label of actors: <c>{id, name, kind, aliases, country, description}</c>.</summary>
    public const string Actor = "Actor";
    /// <summary>Label of mediation processes.</summary>
    public const string Process = "Process";
    /// <summary>Label of sources.</summary>
    public const string Source = "Source";
    /// <summary>Label of the store's record of a load (the Neo4j store only; not exported).</summary>
    public const string LoadRun = "LoadRun";
    /// <summary><c>(:Actor)-[:PARTY_IN]-&gt;(:Process)</c>.</summary>
    public const string PartyIn = "PARTY_IN";
    /// <summary><c>(:Actor)-[:MEDIATES_IN]-&gt;(:Process)</c>.</summary>
    public const string MediatesIn = "MEDIATES_IN";

    private static readonly FrozenDictionary<string, string> TypesByKind =
        RelationVocabulary.All.ToFrozenDictionary(k => k.Name, ToType, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, RelationKind> KindsByType =
        RelationVocabulary.All.ToFrozenDictionary(ToType, k => k, StringComparer.Ordinal);

    /// <summary>Every relationship type for relations, in vocabulary order.</summary>
    public static IReadOnlyList<string> RelationTypes { get; } = [.. RelationVocabulary.All.Select(k => TypesByKind[k.Name])];

    /// <summary>The relationship type of a relation kind in the vocabulary (<c>agrees-ceasefire</c> →
    /// <c>AGREES_CEASEFIRE</c>); throws for a kind outside it, so no user text ever becomes an identifier.</summary>
    public static string RelationType(RelationKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (!TypesByKind.TryGetValue(kind.Name, out var type) || !IdentifierPattern().IsMatch(type))
            throw new InvalidOperationException($"relation kind '{kind.Name}' is not in the relation vocabulary; it cannot be written to Neo4j");
        return type;
    }

    /// <summary>The relation kind of a relationship type, or null for PARTY_IN, MEDIATES_IN and foreign types.</summary>
    public static RelationKind? KindOfType(string type) => KindsByType.GetValueOrDefault(type);

    private static string ToType(RelationKind kind) => kind.Name.Replace('-', '_').ToUpperInvariant();

    [GeneratedRegex("^[A-Z][A-Z_]*$")]
    private static partial Regex IdentifierPattern();
}
