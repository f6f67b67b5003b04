using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
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
    private GdeltBlock(LineBlock lines, GdeltRow[] rows, int count)
    {
        Lines = lines;
        Rows = rows;
        Count = count;
    }

    /// <summary>The text the rows' ranges point into.</summary>
    public LineBlock Lines { get; }

    /// <summary>Rows (pooled; the first <see cref="Count"/> are in use), header and blank lines left out.</summary>
    public GdeltRow[] Rows { get; }

    /// <summary>Rows in use.</summary>
    public int Count { get; }

    /// <summary>Decodes and parses <paramref name="lines"/> of <paramref name="file"/>; keeps details for the first
    /// <paramref name="maxDetails"/> skipped rows.</summary>
    /// <exception cref="ImportLimitException">A line is longer than <paramref name="maxLineChars"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static GdeltBlock Parse(LineBlock lines, string file, int maxLineChars, int maxDetails)
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
                ParseRow(line, offset, f, ref row, details < maxDetails);
                if (row.Skip is not null && row.Detail is not null) details++;
            }
            offset = next;
            lineIndex++;
        }
        return new GdeltBlock(lines, rows, count);
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Release()
    {
        // Only the rows in use hold references (mappings, details); clearing the whole rented array cost a
        // memset of ~0.5 MB per block.
        Array.Clear(Rows, 0, Count);
        ArrayPool<GdeltRow>.Shared.Return(Rows);
        Lines.Release();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ParseRow(ReadOnlySpan<char> line, int at, Span<Range> f, ref GdeltRow row, bool detail)
    {
        var count = line.Split(f, '\t');
        // GDELT 1.0 rows share columns 0..34 with 2.0; their geography has no ADM2Code, so DATEADDED is column 56
        // and the daily files since 2013-04-01 add SOURCEURL as column 57 (GDELT Event Codebook V1.03).
        var version1 = count is C.Version1Count or C.Version1Count + 1;
        if (count != C.Count && !version1)
        {
            var found = count > C.Count ? "more than 61" : count.ToString(CultureInfo.InvariantCulture);
            var hint = count == 1 && line.Contains(',') ? " (comma-separated? GDELT event files are tab-separated)" : "";
            Skip(ref row, SkipReason.WrongColumnCount, detail ? $"61 tab-separated columns expected, found {found} (GDELT 1.0 rows have 57 or 58){hint}" : null);
            return;
        }
        var layout = version1 ? $" (a GDELT 1.0 row of {count} columns)" : "";
        var sqlDate = line[f[C.SqlDate]];
        if (!Fields.TryParseCompactDate(sqlDate, out row.Date))
        {
            Skip(ref row, SkipReason.BadDate, detail ? $"SQLDATE '{sqlDate}' is not a YYYYMMDD date{layout}" : null);
            return;
        }
        var added = line[f[version1 ? C.Version1DateAdded : C.DateAdded]];
        row.Published = added.Length >= 8 && Fields.TryParseCompactDate(added[..8], out var published) ? published : null;
        var code = line[f[C.EventCode]];
        if (code.IsEmpty)
        {
            Skip(ref row, SkipReason.MissingField, detail ? $"EventCode is empty{layout}" : null);
            return;
        }
        var quadText = line[f[C.QuadClass]];
        if (!Fields.TryParseCount(quadText, out var quad) || quad is < 1 or > 4)
        {
            Skip(ref row, SkipReason.BadNumber, detail ? $"QuadClass '{quadText}' is not 1, 2, 3 or 4{layout}" : null);
            return;
        }
        var goldsteinText = line[f[C.GoldsteinScale]];
        if (!Fields.TryParseDouble(goldsteinText, out row.Goldstein) || row.Goldstein is < -10 or > 10)
        {
            Skip(ref row, SkipReason.BadNumber, detail ? $"GoldsteinScale '{goldsteinText}' is not a number in -10..10{layout}" : null);
            return;
        }
        var sourcesText = line[f[C.NumSources]];
        if (!Fields.TryParseCount(sourcesText, out row.Sources))
        {
            Skip(ref row, SkipReason.BadNumber, detail ? $"NumSources '{sourcesText}' is not a whole number{layout}" : null);
            return;
        }
        var mapping = CameoMapping.Lookup(code);
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
        _ = long.TryParse(line[f[C.GlobalEventId]], NumberStyles.None, CultureInfo.InvariantCulture, out row.EventId);
        row.Actor1 = Actor(f, at, C.Actor1Code, C.Actor1Name, C.Actor1CountryCode, C.Actor1KnownGroupCode, C.Actor1Type1Code);
        row.Actor2 = Actor(f, at, C.Actor2Code, C.Actor2Name, C.Actor2CountryCode, C.Actor2KnownGroupCode, C.Actor2Type1Code);
        // A 57-column row (the historical files up to 2013-03-31) has no URL: its events count, without evidence.
        row.Url = count == C.Version1Count ? new Range(at, at) : Shift(f[version1 ? C.Version1SourceUrl : C.SourceUrl], at);
    }

    private static void Skip(ref GdeltRow row, SkipReason reason, string? detail)
    {
        row.Skip = reason;
        row.Detail = detail;
    }

    private static ActorRanges Actor(Span<Range> f, int at, int key, int name, int country, int group, int type) => new()
    {
        Key = Shift(f[key], at),
        Name = Shift(f[name], at),
        Country = Shift(f[country], at),
        Group = Shift(f[group], at),
        Type = Shift(f[type], at),
    };

    private static Range Shift(Range r, int at) => new(r.Start.Value + at, r.End.Value + at);
}
