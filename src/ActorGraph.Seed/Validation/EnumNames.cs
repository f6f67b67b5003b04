using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ActorGraph.Seed.Validation;

/// <summary>The kebab-case names of an enum's members ("armed-group"), looked up from a span ignoring
/// case and accepting <c>_</c> for <c>-</c>.</summary>
internal sealed class EnumNames<T> where T : struct, Enum
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public EnumNames()
    {
        var values = Enum.GetValues<T>();
        Names = [.. values.Select(v => ValueParser.Kebab(v.ToString()))];
        var pairs = values.SelectMany(v =>
        {
            var kebab = ValueParser.Kebab(v.ToString());
            return new[] { KeyValuePair.Create(kebab, v), KeyValuePair.Create(kebab.Replace('-', '_'), v) };
        }).DistinctBy(p => p.Key);
        _lookup = pairs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Names in declaration order, for messages and docs.</summary>
    public ImmutableArray<string> Names { get; }

    public bool TryGet(ReadOnlySpan<char> name, out T value) => _lookup.TryGetValue(name, out value);
}
