using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Mapping;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Gdelt;

/// <summary>Reads GDELT 2.0 event files (61 tab-separated columns, no header; a leading header line
/// from a database export is skipped) and GDELT 1.0 files (57 columns up to 2013-03-31, 58 with SOURCEURL after;
/// the layout is told per row). Parses blocks of lines in parallel, fields as spans of the block.</summary>
public sealed class GdeltEventReader : IEventReader
{
    private const int MaxNotePrefixes = 10_000;
    private readonly ConcurrentDictionary<CodeText, string> _notePrefixes = new();
    private readonly TextCache<NoteKey> _notes = new();
    private readonly TextCache<(string? Host, DateOnly Published)> _titles = new();
    private readonly SpanInterner _hosts = new();

    /// <inheritdoc />
    public string FormatName => "GDELT 2.0 events";

    /// <inheritdoc />
    public ActorIdStyle Style => ActorIdStyle.CameoCode;

    /// <inheritdoc />
    public string DescribeActor(string key) => $"Imported from GDELT 2.0 events: CAMEO actor code {key}.";

    /// <inheritdoc />
    /// <remarks>Blocks of about 1 MB of whole lines are decoded and parsed on the thread pool
    /// (<see cref="GdeltBlock"/>), all cores at once; the rows are aggregated on this thread in input order,
    /// so the result, the kept evidence and the reported issues are the same as a sequential read.</remarks>
    public void Read(InputPart part, EventAggregator aggregator, ImportDiagnostics diagnostics, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(aggregator);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var chunker = new LineChunker(part);
        var maxDetails = diagnostics.Strict ? 1 : diagnostics.MaxIssues;
        var reported = diagnostics.RowsRead;
        var rows = new GdeltBlockAggregator(part.Name, aggregator, diagnostics);
        OrderedPipeline.Run(
            chunker.Next,
            lines => GdeltBlock.Parse(lines, part.Name, chunker.MaxLineChars, maxDetails),
            block =>
            {
                try
                {
                    rows.Aggregate(block);
                }
                finally
                {
                    block.Release();
                }
                if (diagnostics.RowsRead - reported >= 1 << 16)
                {
                    reported = diagnostics.RowsRead;
                    progress?.Report(new StoreProgress(part.Name, diagnostics.RowsRead, null));
                }
            },
            block => block.Release(),
            cancellationToken);
        progress?.Report(new StoreProgress(part.Name, diagnostics.RowsRead, null));
    }

    /// <summary>A URL that is not ASCII: decoded (invalid UTF-8 becoming U+FFFD) and trimmed as text, as a whole-line decode
    /// would give it.</summary>
    internal static void AddDecodedUrl(ReadOnlySpan<byte> utf8, TieAccumulator tie, EvidenceFacts facts)
    {
        char[]? rented = null;
        var chars = utf8.Length <= 1024 ? stackalloc char[utf8.Length] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        var written = Encoding.UTF8.GetChars(utf8, chars);
        var url = chars[..written].Trim();
        if (!url.IsEmpty) tie.AddEvidence(url, facts);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
    }

    /// <inheritdoc />
    /// <remarks>Hosts, titles and notes repeat across events (one host, one day, a few hundred codes and scores):
    /// each distinct one is made once and shared (bounded caches), so a large import keeps far fewer strings.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public EvidenceDraft? DescribeEvidence(string sourceKey, EvidenceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        var (title, host, published) = SourceFields(sourceKey, facts);
        var note = _notes.Get(
            new NoteKey(facts.Code, BitConverter.DoubleToInt64Bits(facts.Goldstein), facts.Sources, published == facts.Date ? null : facts.Date),
            this,
            static (key, reader) => reader.Note(key));
        return new EvidenceDraft(
            sourceKey,
            sourceKey,
            title,
            host,
            published,
            string.Create(CultureInfo.InvariantCulture, $"GDELT event {facts.EventId}"),
            note);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ActorGraph.Core.Model.Source DescribeSource(string sourceKey, EvidenceFacts facts, string id)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        var (title, host, published) = SourceFields(sourceKey, facts);
        return new ActorGraph.Core.Model.Source(id, title, host, published, sourceKey);
    }

    /// <summary>A source's title ("host, date"), publisher (its host) and date. The article is dated by when GDELT added
    /// it; the event keeps SQLDATE, which can be a day the article looks back to.</summary>
    private (string Title, string? Host, DateOnly Published) SourceFields(string sourceKey, EvidenceFacts facts)
    {
        var host = Host(sourceKey);
        var published = facts.Published ?? facts.Date;
        return (_titles.Get((host, published), 0, static (key, _) => SourceTitles.ForUrl(key.Host, key.Published)), host, published);
    }

    /// <summary>What a note is made from: the code, the Goldstein score's bits (so that -0.0 and 0.0 stay apart),
    /// the source count, and the event date when the article is dated otherwise.</summary>
    private readonly record struct NoteKey(CodeText Code, long GoldsteinBits, int Sources, DateOnly? EventDate);

    private string Note(NoteKey key)
    {
        var prefix = NotePrefix(key.Code);
        var goldstein = BitConverter.Int64BitsToDouble(key.GoldsteinBits);
        return key.EventDate is { } date
            ? string.Create(CultureInfo.InvariantCulture, $"{prefix}{goldstein:0.0}; {key.Sources} source(s); event dated {date:yyyy-MM-dd}")
            : string.Create(CultureInfo.InvariantCulture, $"{prefix}{goldstein:0.0}; {key.Sources} source(s)");
    }

    /// <summary><see cref="Fields.HostOf"/>, pooled for the common lower-case ASCII host.</summary>
    private string? Host(string url)
    {
        var span = Fields.HostSpan(url);
        if (span.IsEmpty) return null;
        return Fields.IsLowerAscii(span) ? _hosts.Intern(span) : Fields.HostOf(url);
    }

    /// <summary>The start of an evidence note, <c>CAMEO 043 consult; Goldstein </c>, made once per code: a large
    /// import describes millions of events with a few hundred codes. Called from several threads at once.</summary>
    private string NotePrefix(CodeText code)
    {
        if (_notePrefixes.TryGetValue(code, out var prefix)) return prefix;
        var text = code.ToString();
        prefix = $"CAMEO {text} {CameoMapping.Describe(text)}; Goldstein ";
        // Bounded: codes come from the input; past the bound, prefixes are made per event.
        if (_notePrefixes.Count < MaxNotePrefixes) _notePrefixes.TryAdd(code, prefix);
        return prefix;
    }

    /// <summary>For a CAMEO-shaped code outside the table: the broad kind of its QuadClass.</summary>
    public static EventMapping FromQuadClass(int quadClass) => quadClass switch
    {
        1 => EventMappings.Engages,
        2 => EventMappings.Cooperates,
        3 => EventMappings.Pressures,
        _ => EventMappings.Attacks,
    };
}
