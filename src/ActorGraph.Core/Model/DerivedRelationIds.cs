using System.Globalization;

namespace ActorGraph.Core.Model;

/// <summary>The id of a relation that was given none: <c>source~kind~target~YYYY-MM-DD</c> (without <c>~start</c> when
/// undated), then <c>~2</c>, <c>~3</c>... for the second, third relation with the same base id in load order. User-given
/// ids may not contain <c>~</c>, so derived ids never clash with them.</summary>
public static class DerivedRelationIds
{
    /// <summary>The id of the <paramref name="repeat"/>-th relation (1 for the first) with these ends, kind and start.
    /// One allocation. Cost: O(length of the id).</summary>
    public static string Of(string source, string kind, string target, DateOnly? start, int repeat)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        var suffix = repeat == 1 ? 0 : 1 + CountDigits(repeat);
        var length = source.Length + kind.Length + target.Length + 2 + (start is null ? 0 : 11) + suffix;
        return string.Create(length, (source, kind, target, start, repeat), static (span, parts) =>
        {
            var at = 0;
            Append(span, ref at, parts.source);
            span[at++] = '~';
            Append(span, ref at, parts.kind);
            span[at++] = '~';
            Append(span, ref at, parts.target);
            if (parts.start is { } d)
            {
                span[at++] = '~';
                d.Year.TryFormat(span.Slice(at, 4), out _, "D4", CultureInfo.InvariantCulture);
                span[at + 4] = '-';
                d.Month.TryFormat(span.Slice(at + 5, 2), out _, "D2", CultureInfo.InvariantCulture);
                span[at + 7] = '-';
                d.Day.TryFormat(span.Slice(at + 8, 2), out _, "D2", CultureInfo.InvariantCulture);
                at += 10;
            }
            if (parts.repeat == 1) return;
            span[at++] = '~';
            parts.repeat.TryFormat(span[at..], out _, default, CultureInfo.InvariantCulture);
        });
    }

    /// <summary>The id of the <paramref name="repeat"/>-th relation whose base id (repeat 1) is <paramref name="baseId"/>.</summary>
    public static string WithRepeat(string baseId, int repeat) =>
        repeat == 1 ? baseId : string.Concat(baseId, "~", repeat.ToString(CultureInfo.InvariantCulture));

    private static int CountDigits(int value)
    {
        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }
        return digits;
    }

    private static void Append(Span<char> span, ref int at, string text)
    {
        text.AsSpan().CopyTo(span[at..]);
        at += text.Length;
    }
}
