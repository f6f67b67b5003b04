using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Mapping;
using ActorGraph.Import.Reading;
using C = ActorGraph.Import.Gdelt.GdeltColumns;

namespace ActorGraph.Import.Gdelt;

/// <summary>A block of GDELT lines parsed on a worker: splitting 61 columns (57 or 58 in GDELT 1.0 files), validating and converting the
/// numbers, and looking up the CAMEO mapping (the per-row work that does not touch shared state). The
/// aggregation then reads the rows in order on one thread.</summary>
internal sealed class GdeltBlock
{
    private char[]? _chars;

    private GdeltBlock(LineBlock lines, char[]? chars, int length, GdeltRow[] rows, int count)
    {
        Lines = lines;
        _chars = chars;
        TextLength = length;
        Rows = rows;
        Count = count;
    }

    /// <summary>The lines the block was parsed from.</summary>
    public LineBlock Lines { get; }

    /// <summary>The text the rows' ranges point into: the decoded lines, or (for UTF-8 input) only the fields a row
    /// is read by, decoded on the worker.</summary>
    public ReadOnlySpan<char> Text => _chars is null ? Lines.Text : _chars.AsSpan(0, TextLength);

    private int TextLength { get; }

    /// <summary>True when the rows' URLs are ranges of <see cref="Bytes"/> (<see cref="GdeltRow.UrlBytes"/>), not of
    /// <see cref="Text"/>.</summary>
    public bool UrlsInBytes => _chars is not null;

    /// <summary>The block's UTF-8 bytes (for <see cref="GdeltRow.UrlBytes"/>); empty for text input.</summary>
    public ReadOnlySpan<byte> Bytes => Lines.Bytes;

    /// <summary>Rows (pooled; the first <see cref="Count"/> are in use), header and blank lines left out.</summary>
    public GdeltRow[] Rows { get; }

    /// <summary>Rows in use.</summary>
    public int Count { get; }

    /// <summary>Parses <paramref name="lines"/> of <paramref name="file"/>; keeps details for the first
    /// <paramref name="maxDetails"/> skipped rows.</summary>
    /// <exception cref="ImportLimitException">A line is longer than <paramref name="maxLineChars"/>.</exception>
    public static GdeltBlock Parse(LineBlock lines, string file, int maxLineChars, int maxDetails) =>
        lines.HasBytes ? ParseBytes(lines, file, maxLineChars, maxDetails) : ParseChars(lines, file, maxLineChars, maxDetails);

    /// <summary>UTF-8 input: lines and tabs are found on the bytes, and only the columns the import reads are decoded
    /// (0..32: ids, dates, actors, event code and numbers; DATEADDED and SOURCEURL at the end), about half the bytes
    /// of a row; the 24 geography columns are never decoded, nor SOURCEURL, which stays a range of the bytes: the
    /// aggregation keeps a URL as its UTF-8 bytes (<see cref="Aggregation.SourceKeys"/>), so decoding it here only for the
    /// aggregation to encode it again cost a round trip per row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static GdeltBlock ParseBytes(LineBlock lines, string file, int maxLineChars, int maxDetails)
    {
        var bytes = lines.Bytes;
        var rows = ArrayPool<GdeltRow>.Shared.Rent(lines.LineFeeds + 1);
        // Decoded text never has more characters than its UTF-8 bytes (an invalid byte becomes one U+FFFD).
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        var at = 0;
        var count = 0;
        var details = 0;
        Span<Range> f = stackalloc Range[C.Count + 1];
        Span<int> tabs = stackalloc int[C.Count];
        var offset = 0;
        var lineIndex = 0;
        while (offset < bytes.Length)
        {
            var end = bytes[offset..].IndexOf((byte)'\n');
            var next = end < 0 ? bytes.Length : offset + end + 1;
            var lineEnd = end < 0 ? bytes.Length : offset + end;
            if (lineEnd > offset && bytes[lineEnd - 1] == '\r') lineEnd--;
            var line = bytes[offset..lineEnd];
            if (line.Length > maxLineChars && Encoding.UTF8.GetCharCount(line) > maxLineChars)
                throw ImportLimitException.LongLine(file, lines.FirstLine + lineIndex, maxLineChars);
            var header = lines.FirstLine + lineIndex == 1 && Encoding.UTF8.GetString(line).StartsWith("GLOBALEVENTID", StringComparison.OrdinalIgnoreCase);
            if (!header && !Utf8Fields.IsWhiteSpace(line))
            {
                ref var row = ref rows[count++];
                row = default;
                row.Line = lineIndex;
                var found = Utf8Fields.FindTabs(line, tabs);
                var fields = found + 1;
                if (fields is C.Count or C.Version1Count or C.Version1Count + 1)
                {
                    var lineTabs = tabs[..found];
                    at = Utf8Fields.Decode(line, lineTabs, 0, C.NumSources, chars, at, f);
                    var dateAdded = fields == C.Count ? C.DateAdded : C.Version1DateAdded;
                    at = Utf8Fields.Decode(line, lineTabs, dateAdded, dateAdded, chars, at, f);
                }
                ParseRow(chars, f, fields, fields == 1 && line.Contains((byte)','), ref row, details < maxDetails, urlInBytes: true);
                // SOURCEURL is the last column of the layouts that have one (61 and 58 columns).
                if (row.Skip is null && fields is C.Count or C.Version1Count + 1)
                    row.UrlBytes = new Range(offset + tabs[found - 1] + 1, offset + line.Length);
                if (row.Skip is not null && row.Detail is not null) details++;
            }
            offset = next;
            lineIndex++;
        }
        return new GdeltBlock(lines, chars, at, rows, count);
    }

    /// <summary>Text input: the block is decoded, then each line split on its 61 tabs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static GdeltBlock ParseChars(LineBlock lines, string file, int maxLineChars, int maxDetails)
    {
        lines.Decode();
        var text = lines.Text;
        var rows = ArrayPool<GdeltRow>.Shared.Rent(lines.LineFeeds + 1);
        var count = 0;
        var details = 0;
        Span<Range> f = stackalloc Range[C.Count + 1];
        var offset = 0;
        var lineIndex = 0;
        while (offset < text.Length)
        {
            var end = text[offset..].IndexOf('\n');
            var next = end < 0 ? text.Length : offset + end + 1;
            var lineEnd = end < 0 ? text.Length : offset + end;
            if (lineEnd > offset && text[lineEnd - 1] == '\r') lineEnd--;
            var line = text[offset..lineEnd];
            if (line.Length > maxLineChars) throw ImportLimitException.LongLine(file, lines.FirstLine + lineIndex, maxLineChars);
            var header = lines.FirstLine + lineIndex == 1 && line.StartsWith("GLOBALEVENTID", StringComparison.OrdinalIgnoreCase);
            if (!header && !line.IsWhiteSpace())
            {
                ref var row = ref rows[count++];
                row = default;
                row.Line = lineIndex;
                var fields = line.Split(f, '\t');
                for (var j = 0; j < fields; j++) f[j] = new Range(f[j].Start.Value + offset, f[j].End.Value + offset);
                ParseRow(text, f, fields, fields == 1 && line.Contains(','), ref row, details < maxDetails);
                if (row.Skip is not null && row.Detail is not null) details++;
            }
            offset = next;
            lineIndex++;
        }
        return new GdeltBlock(lines, null, 0, rows, count);
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Release()
    {
        // Only the rows in use hold references (mappings, details); clearing the whole rented array cost a
        // memset of ~0.5 MB per block.
        Array.Clear(Rows, 0, Count);
        ArrayPool<GdeltRow>.Shared.Return(Rows);
        if (_chars is not null) ArrayPool<char>.Shared.Return(_chars);
        _chars = null;
        Lines.Release();
    }

    /// <summary>Validates and converts one row of <paramref name="count"/> fields, given as ranges of
    /// <paramref name="text"/> (only the columns read need to be set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ParseRow(ReadOnlySpan<char> text, Span<Range> f, int count, bool commaSeparated, ref GdeltRow row, bool detail, bool urlInBytes = false)
    {
        // GDELT 1.0 rows share columns 0..34 with 2.0; their geography has no ADM2Code, so DATEADDED is column 56
        // and the daily files since 2013-04-01 add SOURCEURL as column 57 (GDELT Event Codebook V1.03).
        var version1 = count is C.Version1Count or C.Version1Count + 1;
        if (count != C.Count && !version1)
        {
            var found = count > C.Count ? "more than 61" : count.ToString(CultureInfo.InvariantCulture);
            var hint = commaSeparated ? " (comma-separated? GDELT event files are tab-separated)" : "";
            Skip(ref row, SkipReason.WrongColumnCount, detail ? $"61 tab-separated columns expected, found {found} (GDELT 1.0 rows have 57 or 58){hint}" : null);
            return;
        }
        var layout = version1 ? $" (a GDELT 1.0 row of {count} columns)" : "";
        var sqlDate = text[f[C.SqlDate]];
        if (!Fields.TryParseCompactDate(sqlDate, out row.Date))
        {
            Skip(ref row, SkipReason.BadDate, detail ? $"SQLDATE '{sqlDate}' is not a YYYYMMDD date{layout}" : null);
            return;
        }
        var added = text[f[version1 ? C.Version1DateAdded : C.DateAdded]];
        row.Published = added.Length >= 8 && Fields.TryParseCompactDate(added[..8], out var published) ? published : null;
        var code = text[f[C.EventCode]];
        if (code.IsEmpty)
        {
            Skip(ref row, SkipReason.MissingField, detail ? $"EventCode is empty{layout}" : null);
            return;
        }
        var quadText = text[f[C.QuadClass]];
        if (!Fields.TryParseCount(quadText, out var quad) || quad is < 1 or > 4)
        {
            Skip(ref row, SkipReason.BadNumber, detail ? $"QuadClass '{quadText}' is not 1, 2, 3 or 4{layout}" : null);
            return;
        }
        var goldsteinText = text[f[C.GoldsteinScale]];
        if (!Fields.TryParseDouble(goldsteinText, out row.Goldstein) || row.Goldstein is < -10 or > 10)
        {
            Skip(ref row, SkipReason.BadNumber, detail ? $"GoldsteinScale '{goldsteinText}' is not a number in -10..10{layout}" : null);
            return;
        }
        var sourcesText = text[f[C.NumSources]];
        if (!Fields.TryParseCount(sourcesText, out row.Sources))
        {
            Skip(ref row, SkipReason.BadNumber, detail ? $"NumSources '{sourcesText}' is not a whole number{layout}" : null);
            return;
        }
        var mapping = CameoMapping.Lookup(code, out var targetMediates);
        if (mapping is null)
        {
            if (!CameoMapping.TryNormalise(code, stackalloc char[4], out _))
            {
                Skip(ref row, SkipReason.BadCode, detail ? $"EventCode '{code}' is not a CAMEO code{layout}" : null);
                return;
            }
            mapping = GdeltEventReader.FromQuadClass(quad);
        }
        row.Mapping = mapping;
        row.Code = Aggregation.CodeText.From(code);
        _ = long.TryParse(text[f[C.GlobalEventId]], NumberStyles.None, CultureInfo.InvariantCulture, out row.EventId);
        row.Actor1 = Actor(f, C.Actor1Code, C.Actor1Name, C.Actor1CountryCode, C.Actor1KnownGroupCode, C.Actor1Type1Code);
        row.Actor2 = Actor(f, C.Actor2Code, C.Actor2Name, C.Actor2CountryCode, C.Actor2KnownGroupCode, C.Actor2Type1Code);
        // CAMEO 038: Actor2 is the mediator whose mediation Actor1 will accept; the tie runs from Actor2.
        if (targetMediates) (row.Actor1, row.Actor2) = (row.Actor2, row.Actor1);
        // A 57-column row (the historical files up to 2013-03-31) has no URL: its events count, without evidence.
        if (!urlInBytes) row.Url = count == C.Version1Count ? default : f[version1 ? C.Version1SourceUrl : C.SourceUrl];
    }

    private static void Skip(ref GdeltRow row, SkipReason reason, string? detail)
    {
        row.Skip = reason;
        row.Detail = detail;
    }

    private static ActorRanges Actor(Span<Range> f, int key, int name, int country, int group, int type) => new()
    {
        Key = f[key],
        Name = f[name],
        Country = f[country],
        Group = f[group],
        Type = f[type],
    };
}
