using System.Globalization;
using System.Runtime.InteropServices;
using ActorGraph.Core.Model;

namespace ActorGraph.Seed.Validation;

/// <summary>Derives the id of a relation that has none: <c>source~kind~target~start</c> (without
/// <c>~start</c> when undated), then <c>~2</c>, <c>~3</c>... for repeats, in load order. User-given ids
/// may not contain <c>~</c>, so derived ids never clash with them. Shared by the loader and the CSV writer,
/// which leaves out ids the loader will derive again.</summary>
internal sealed class RelationIdDeriver
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>The next id for a relation with these endpoints, kind and start.</summary>
    public string Next(string source, RelationKind kind, string target, DateOnly? start)
    {
        var baseId = start is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"{source}~{kind.Name}~{target}~{s:yyyy-MM-dd}")
            : string.Concat(source, "~", kind.Name, "~", target);
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, baseId, out _);
        count++;
        return count == 1 ? baseId : string.Create(CultureInfo.InvariantCulture, $"{baseId}~{count}");
    }
}
