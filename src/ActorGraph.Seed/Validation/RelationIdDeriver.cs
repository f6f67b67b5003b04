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
    public string Next(int sourceKey, string source, RelationKind kind, int targetKey, string target, DateOnly? start) =>
        WithRepeat(Build(source, kind.Name, target, start), Count(sourceKey, kind, targetKey, start));

    /// <summary>Counts one more relation with these endpoints, kind and start; returns how many there are now (1 for the first).</summary>
    public int Count(int sourceKey, RelationKind kind, int targetKey, DateOnly? start)
    {
        ref var kindKey = ref CollectionsMarshal.GetValueRefOrAddDefault(_kinds, kind.Name, out var known);
        if (!known) kindKey = _kinds.Count;
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, (sourceKey, kindKey, targetKey, start?.DayNumber ?? -1), out _);
        return ++count;
    }

    /// <summary>The id of the <paramref name="count"/>-th relation whose base id is <paramref name="baseId"/>.</summary>
    public static string WithRepeat(string baseId, int count) =>
        count == 1 ? baseId : string.Concat(baseId, "~", count.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>source~kind~target~YYYY-MM-DD</c> in one allocation (a million of these on a large load).</summary>
    public static string Build(string source, string kind, string target, DateOnly? start)
    {
        var length = source.Length + kind.Length + target.Length + 2 + (start is null ? 0 : 11);
        return string.Create(length, (source, kind, target, start), static (span, parts) =>
        {
            var at = 0;
            Append(span, ref at, parts.source);
            span[at++] = '~';
            Append(span, ref at, parts.kind);
            span[at++] = '~';
            Append(span, ref at, parts.target);
            if (parts.start is not { } d) return;
            span[at++] = '~';
            d.Year.TryFormat(span.Slice(at, 4), out _, "D4", CultureInfo.InvariantCulture);
            span[at + 4] = '-';
            d.Month.TryFormat(span.Slice(at + 5, 2), out _, "D2", CultureInfo.InvariantCulture);
            span[at + 7] = '-';
            d.Day.TryFormat(span.Slice(at + 8, 2), out _, "D2", CultureInfo.InvariantCulture);
        });
    }

    private static void Append(Span<char> span, ref int at, string text)
    {
        text.AsSpan().CopyTo(span[at..]);
        at += text.Length;
    }
}
