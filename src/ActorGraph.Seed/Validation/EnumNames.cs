using System.Collections.Immutable;
using ActorGraph.Core.Text;

namespace ActorGraph.Seed.Validation;

/// <summary>The kebab-case names of an enum's members ("armed-group"), looked up from a span ignoring
/// case and accepting <c>_</c> for <c>-</c> (the spelling <see cref="EnumText"/> owns).</summary>
internal sealed class EnumNames<T> where T : struct, Enum
{
    /// <summary>Names in declaration order, for messages and docs.</summary>
    public ImmutableArray<string> Names { get; } = EnumText.Names<T>();

    public bool TryGet(ReadOnlySpan<char> name, out T value) => EnumText.TryParse(name, out value);
}
