using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import.Gdelt;

/// <summary>Aggregates the parsed rows of GDELT blocks in input order, a run of rows at a time in two passes: the first
/// interns the actors, makes each row's tie key and URL hash and asks for their hash-table slots
/// (<see cref="CacheHints"/>); the second adds the rows in order, asking a few rows ahead for the tie and key the slots
/// point at. The tie and source-key tables are several megabytes with random slots, so a row used to wait for main
/// memory three or four times in turn; this way the loads of neighbouring rows overlap. The result is the same as
/// adding each row in turn (<see cref="EventAggregator.TryAdd"/>): actors are interned, ties added, keys interned and
/// problems reported in input order, and an error (a limit) stops the import at the row a sequential read stops at.</summary>
/// <remarks>One per file read, on the aggregating thread (not thread-safe).</remarks>
internal sealed class GdeltBlockAggregator(string file, EventAggregator aggregator, ImportDiagnostics diagnostics)
{
    // Rows resolved ahead of adding: their slots (two cache lines a row) fit the first-level cache.
    private const int Run = 128;
    // How many rows ahead the second pass asks for a tie and a key (their slots are in cache by then).
    private const int Ahead = 8;

    private readonly TieKey[] _keys = new TieKey[Run];
    private readonly int[] _tieHash = new int[Run];
    private readonly int[] _urlHash = new int[Run];
    private readonly Range[] _url = new Range[Run];
    private readonly RowState[] _state = new RowState[Run];
    private readonly SkipReason[] _reason = new SkipReason[Run];

    private enum RowState : byte
    {
        // Skipped when parsed (GdeltRow.Skip).
        Unparsed,
        // Skipped when its actors were resolved (_reason).
        Unresolved,
        // A tie key; the URL is an ASCII range of the bytes (_url, _urlHash), or the empty range.
        AsciiUrl,
        // A tie key; the URL is to be decoded (not ASCII) or is a range of the text.
        OtherUrl,
    }

    /// <summary>Aggregates every row of <paramref name="block"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Aggregate(GdeltBlock block)
    {
        for (var from = 0; from < block.Count; from += Run)
        {
            var count = Math.Min(Run, block.Count - from);
            var resolved = Resolve(block, from, count, out var failure);
            Add(block, from, resolved);
            failure?.Throw();
        }
    }

    /// <summary>The first pass over rows [from, from + count): returns how many were resolved before an error, which it
    /// gives back to be thrown once the rows before it are added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Resolve(GdeltBlock block, int from, int count, out ExceptionDispatchInfo? failure)
    {
        failure = null;
        var text = block.Text;
        var bytes = block.UrlsInBytes ? block.Bytes : default;
        var ties = aggregator.Ties;
        var keys = aggregator.SourceKeys;
        for (var i = 0; i < count; i++)
        {
            ref readonly var row = ref block.Rows[from + i];
            if (row.Skip is not null)
            {
                _state[i] = RowState.Unparsed;
                continue;
            }
            bool ok;
            try
            {
                ok = aggregator.TryResolve(row.Actor1.In(text), row.Actor2.In(text), row.Date, row.Mapping, out _keys[i], out _reason[i]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = ExceptionDispatchInfo.Capture(e);
                return i;
            }
            if (!ok)
            {
                _state[i] = RowState.Unresolved;
                continue;
            }
            var hash = TieTable.HashOf(_keys[i]);
            _tieHash[i] = hash;
            ties.PrefetchSlot(hash);
            if (bytes.IsEmpty)
            {
                _state[i] = RowState.OtherUrl;
                continue;
            }
            var utf8 = bytes[row.UrlBytes];
            if (!Ascii.IsValid(utf8))
            {
                _state[i] = RowState.OtherUrl;
                continue;
            }
            // ASCII: one character per byte, so trimming the bytes as characters trims the decoded key, and the bytes are its UTF-8.
            var (offset, length) = row.UrlBytes.GetOffsetAndLength(bytes.Length);
            var start = 0;
            var end = length;
            while (start < end && char.IsWhiteSpace((char)utf8[start])) start++;
            while (end > start && char.IsWhiteSpace((char)utf8[end - 1])) end--;
            _state[i] = RowState.AsciiUrl;
            // An empty URL is the empty range (no key to hash or ask for).
            _url[i] = end > start ? new Range(offset + start, offset + end) : default;
            if (end > start)
            {
                _urlHash[i] = SourceKeys.HashOf(utf8[start..end]);
                keys.PrefetchSlot(_urlHash[i]);
            }
        }
        return count;
    }

    /// <summary>The second pass: adds the first <paramref name="count"/> rows from <paramref name="from"/> in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(GdeltBlock block, int from, int count)
    {
        var text = block.Text;
        var bytes = block.UrlsInBytes ? block.Bytes : default;
        var ties = aggregator.Ties;
        var keys = aggregator.SourceKeys;
        for (var i = 0; i < count; i++)
        {
            var next = i + Ahead;
            if (next < count && _state[next] >= RowState.AsciiUrl)
            {
                ties.PrefetchTie(_tieHash[next]);
                if (_state[next] == RowState.AsciiUrl && !_url[next].Equals(default)) keys.PrefetchKey(_urlHash[next]);
            }
            ref readonly var row = ref block.Rows[from + i];
            var lineNumber = block.Lines.FirstLine + row.Line;
            switch (_state[i])
            {
                case RowState.Unparsed:
                    diagnostics.Skip(file, lineNumber, row.Skip!.Value, row.Detail);
                    break;
                case RowState.Unresolved:
                    diagnostics.Skip(file, lineNumber, _reason[i]);
                    break;
                default:
                    var tie = aggregator.Add(_keys[i], _tieHash[i], row.Date.DayNumber, row.Goldstein, row.Sources);
                    diagnostics.CountImported();
                    if (tie.WantsEvidence) AddEvidence(text, bytes, in row, i, tie);
                    break;
            }
            diagnostics.CountRow();
        }
    }

    private void AddEvidence(ReadOnlySpan<char> text, ReadOnlySpan<byte> bytes, in GdeltRow row, int i, TieAccumulator tie)
    {
        var facts = new EvidenceFacts(row.EventId, row.Code, row.Goldstein, row.Sources, row.Date, row.Published);
        if (_state[i] == RowState.AsciiUrl)
        {
            var url = bytes[_url[i]];
            if (!url.IsEmpty) tie.AddEvidenceUtf8(url, _urlHash[i], facts);
            return;
        }
        if (bytes.IsEmpty)
        {
            var url = text[row.Url].Trim();
            if (!url.IsEmpty) tie.AddEvidence(url, facts);
            return;
        }
        GdeltEventReader.AddDecodedUrl(bytes[row.UrlBytes], tie, facts);
    }
}
