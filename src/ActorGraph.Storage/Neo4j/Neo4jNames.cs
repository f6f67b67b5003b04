using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using ActorGraph.Core.Model;

namespace ActorGraph.Storage.Neo4j;

/// <summary>The graph schema in Neo4j (docs/neo4j.md): labels, relationship types and the text forms of enum
/// values. The same schema as the Cypher-script export. Every identifier that reaches a Cypher text comes from
/// this fixed list, never from user input.</summary>
public static partial class Neo4jNames
{
    public const string Actor = "Actor";
    public const string Process = "Process";
    public const string Source = "Source";
    public const string LoadRun = "LoadRun";
    public const string PartyIn = "PARTY_IN";
    public const string MediatesIn = "MEDIATES_IN";

    private static readonly FrozenDictionary<string, string> TypesByKind =
        RelationVocabulary.All.ToFrozenDictionary(k => k.Name, ToType, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, RelationKind> KindsByType =
        RelationVocabulary.All.ToFrozenDictionary(ToType, k => k, StringComparer.Ordinal);

    /// <summary>Every relationship type used for relations, in vocabulary order.</summary>
    public static IReadOnlyList<string> RelationTypes { get; } = [.. RelationVocabulary.All.Select(k => TypesByKind[k.Name])];

    /// <summary><c>agrees-ceasefire</c> → <c>AGREES_CEASEFIRE</c>, for kinds of the vocabulary only.</summary>
    public static string RelationType(RelationKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (!TypesByKind.TryGetValue(kind.Name, out var type) || !Identifier().IsMatch(type))
            throw new InvalidOperationException($"relation kind '{kind.Name}' is not in the relation vocabulary; it cannot be stored in Neo4j");
        return type;
    }

    /// <summary>The relation kind of a relationship type, or null for PARTY_IN, MEDIATES_IN and foreign types.</summary>
    public static RelationKind? KindOfType(string type) => KindsByType.GetValueOrDefault(type);

    public static string KindName(ActorKind kind) => kind == ActorKind.ArmedGroup ? "armed-group" : kind.ToString().ToLowerInvariant();

    public static string StatusName(ProcessStatus status) => status.ToString().ToLowerInvariant();

    public static string ModalityName(Modality modality) => modality.ToString().ToLowerInvariant();

    public static string SignName(RelationSign sign) => sign.ToString().ToLowerInvariant();

    /// <summary>Parses an enum's stored text form ("armed-group", "ongoing"); case and hyphens are ignored.</summary>
    public static T ParseEnum<T>(string? text, string what, string id) where T : struct, Enum =>
        Enum.TryParse<T>((text ?? "").Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value)
        && Enum.IsDefined(value)
            ? value
            : throw new Neo4jStoreException(string.Create(CultureInfo.InvariantCulture, $"{what} of '{id}' in Neo4j is '{text}', which ActorGraph does not know"));

    private static string ToType(RelationKind k) => k.Name.Replace('-', '_').ToUpperInvariant();

    [GeneratedRegex("^[A-Z][A-Z_]*$")]
    private static partial Regex Identifier();
}
