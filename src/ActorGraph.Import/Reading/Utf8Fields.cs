using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace ActorGraph.Import.Reading;

/// <summary>Byte-level helpers for tab-separated UTF-8 lines: the tabs of a line found with vector compares, and runs
/// of fields decoded to characters only where a reader uses them (a tab byte never occurs inside a multi-byte
/// sequence, so fields split on bytes are the fields split on the decoded text).</summary>
internal static class Utf8Fields
{
    private static readonly SearchValues<byte> LineWhiteSpace = SearchValues.Create("\t\n\v\f\r "u8);

    /// <summary>Writes the positions of the first tabs of <paramref name="line"/> (at most
    /// <paramref name="tabs"/>.Length) and returns how many there are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int FindTabs(ReadOnlySpan<byte> line, Span<int> tabs)
    {
        var n = 0;
        var i = 0;
        ref var start = ref MemoryMarshal.GetReference(line);
        if (Vector256.IsHardwareAccelerated)
        {
            var tab = Vector256.Create((byte)'\t');
            for (; i + Vector256<byte>.Count <= line.Length; i += Vector256<byte>.Count)
            {
                var mask = Vector256.Equals(Vector256.LoadUnsafe(ref start, (nuint)i), tab).ExtractMostSignificantBits();
                for (; mask != 0; mask &= mask - 1)
                {
                    if (n == tabs.Length) return n;
                    tabs[n++] = i + BitOperations.TrailingZeroCount(mask);
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var tab = Vector128.Create((byte)'\t');
            for (; i + Vector128<byte>.Count <= line.Length; i += Vector128<byte>.Count)
            {
                var mask = Vector128.Equals(Vector128.LoadUnsafe(ref start, (nuint)i), tab).ExtractMostSignificantBits();
                for (; mask != 0; mask &= mask - 1)
                {
                    if (n == tabs.Length) return n;
                    tabs[n++] = i + BitOperations.TrailingZeroCount(mask);
                }
            }
        }
        for (; i < line.Length; i++)
        {
            if (line[i] != '\t') continue;
            if (n == tabs.Length) return n;
            tabs[n++] = i;
        }
        return n;
    }

    /// <summary>True when the decoded line would be white space (<see cref="MemoryExtensions.IsWhiteSpace"/>); decodes
    /// only a line made of ASCII white space and non-ASCII bytes.</summary>
    public static bool IsWhiteSpace(ReadOnlySpan<byte> line)
    {
        var other = line.IndexOfAnyExcept(LineWhiteSpace);
        if (other < 0) return true;
        if (line[other] < 0x80 && !char.IsWhiteSpace((char)line[other])) return false;
        return Encoding.UTF8.GetString(line).AsSpan().IsWhiteSpace();
    }

    /// <summary>Decodes fields <paramref name="first"/>..<paramref name="last"/> of a line (bytes
    /// <paramref name="line"/>, tabs at <paramref name="tabs"/>) into <paramref name="chars"/> at
    /// <paramref name="at"/>, and sets their ranges in <paramref name="fields"/> (positions in <paramref name="chars"/>).
    /// Invalid UTF-8 becomes U+FFFD as in a whole-text decode. Returns the position after the decoded text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Decode(ReadOnlySpan<byte> line, ReadOnlySpan<int> tabs, int first, int last, char[] chars, int at, Span<Range> fields)
    {
        var from = first == 0 ? 0 : tabs[first - 1] + 1;
        var to = last < tabs.Length ? tabs[last] : line.Length;
        var bytes = line[from..to];
        var destination = chars.AsSpan(at);
        if (Ascii.ToUtf16(bytes, destination, out var written) == OperationStatus.Done)
        {
            // ASCII: one character per byte, so the byte positions of the tabs hold.
            var shift = at - from;
            for (var j = first; j <= last; j++)
            {
                var start = j == 0 ? 0 : tabs[j - 1] + 1;
                var end = j < tabs.Length ? tabs[j] : line.Length;
                fields[j] = new Range(start + shift, end + shift);
            }
            return at + written;
        }
        written = Encoding.UTF8.GetChars(bytes, destination);
        var text = destination[..written];
        var position = 0;
        for (var j = first; j <= last; j++)
        {
            var tab = j < last ? text[position..].IndexOf('\t') : -1;
            var end = tab < 0 ? text.Length : position + tab;
            fields[j] = new Range(at + position, at + end);
            position = end + 1;
        }
        return at + written;
    }
}
