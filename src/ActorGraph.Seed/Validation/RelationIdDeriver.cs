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
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);

    // Keyed by numbers, not by the id text: a million-entry dictionary of strings costs a pointer chase
    // per probe, which dominated the load profile.
    private readonly Dictionary<(int Source, int Kind, int Target, int Day), int> _counts = [];

    /// <summary>The next id for a relation with these endpoints, kind and start. <paramref name="sourceKey"/>
    /// and <paramref name="targetKey"/> are any numbers that identify the two actors (e.g. their index).</summary>
    public string Next(int sourceKey, string source, RelationKind kind, int targetKey, string target, DateOnly? start)
    {
        ref var kindKey = ref CollectionsMarshal.GetValueRefOrAddDefault(_kinds, kind.Name, out var known);
        if (!known) kindKey = _kinds.Count;
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, (sourceKey, kindKey, targetKey, start?.DayNumber ?? -1), out _);
        count++;
        var baseId = start is { } s ? string.Concat(source, "~", kind.Name, "~", target, "~" + Iso(s)) : string.Concat(source, "~", kind.Name, "~", target);
        return count == 1 ? baseId : string.Concat(baseId, "~", count.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary><c>YYYY-MM-DD</c> without going through a culture's calendar formatting.</summary>
    private static string Iso(DateOnly d) => string.Create(10, d, static (span, date) =>
    {
        date.Year.TryFormat(span[..4], out _, "D4", CultureInfo.InvariantCulture);
        span[4] = '-';
        date.Month.TryFormat(span.Slice(5, 2), out _, "D2", CultureInfo.InvariantCulture);
        span[7] = '-';
        date.Day.TryFormat(span.Slice(8, 2), out _, "D2", CultureInfo.InvariantCulture);
    });
}
