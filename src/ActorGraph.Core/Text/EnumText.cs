using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;

namespace ActorGraph.Core.Text;

/// <summary>The one spelling of every enum value in text: kebab-case (<c>ArmedGroup</c> ↔ <c>armed-group</c>),
/// as in seed files, JSON answers, exports and the Neo4j store. Parsing ignores case and accepts <c>_</c>
/// for <c>-</c>; nothing else is accepted.</summary>
public static class EnumText
{
    /// <summary>The text of <paramref name="value"/> (<c>armed-group</c>); an undefined value gives its number.</summary>
    public static string Name<T>(T value) where T : struct, Enum =>
        Table<T>.ByValue.TryGetValue(value, out var name) ? name : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every name, in declaration order (for messages and docs).</summary>
    public static ImmutableArray<string> Names<T>() where T : struct, Enum => Table<T>.Names;

    /// <summary>The value named <paramref name="text"/> (case ignored, <c>_</c> for <c>-</c>).</summary>
    public static bool TryParse<T>(ReadOnlySpan<char> text, out T value) where T : struct, Enum =>
        Table<T>.ByName.TryGetValue(text, out value);

    private static class Table<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue =
            Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

        public static readonly ImmutableArray<string> Names = [.. Enum.GetValues<T>().Distinct().Select(v => ByValue[v])];

        public static readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> ByName =
            ByValue.SelectMany(p => new[] { KeyValuePair.Create(p.Value, p.Key), KeyValuePair.Create(p.Value.Replace('-', '_'), p.Key) })
                .DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
