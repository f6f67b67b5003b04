namespace ActorGraph.Import.Aggregation;

/// <summary>Ids of aggregated relations: <c>tag--from--to--yyyyMMdd</c> (the window's first day).</summary>
internal static class RelationIds
{
    private const string Separator = "--";

    /// <summary>The id, written into one string (a large import makes millions: no format parsing or
    /// intermediate text per id).</summary>
    public static string For(string tag, string from, string to, DateOnly windowStart)
    {
        var length = tag.Length + from.Length + to.Length + (3 * Separator.Length) + 8;
        return string.Create(length, (tag, from, to, windowStart), static (chars, s) =>
        {
            var at = 0;
            Append(chars, ref at, s.tag);
            Append(chars, ref at, Separator);
            Append(chars, ref at, s.from);
            Append(chars, ref at, Separator);
            Append(chars, ref at, s.to);
            Append(chars, ref at, Separator);
            Digits(chars.Slice(at, 4), s.windowStart.Year);
            Digits(chars.Slice(at + 4, 2), s.windowStart.Month);
            Digits(chars.Slice(at + 6, 2), s.windowStart.Day);
        });
    }

    private static void Append(Span<char> chars, ref int at, string text)
    {
        text.CopyTo(chars[at..]);
        at += text.Length;
    }

    /// <summary>Writes <paramref name="value"/> zero-padded into all of <paramref name="into"/>.</summary>
    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
