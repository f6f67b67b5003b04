using System.Globalization;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Mapping;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Gdelt;

/// <summary>Reads GDELT 2.0 event files (61 tab-separated columns, no header; a leading header line
/// from a database export is skipped). Parses blocks of lines in parallel, fields as spans of the block.</summary>
public sealed class GdeltEventReader : IEventReader
{
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
        OrderedPipeline.Run(
            chunker.Next,
            lines => GdeltBlock.Parse(lines, part.Name, chunker.MaxLineChars, maxDetails),
            block =>
            {
                try
                {
                    Aggregate(block, part.Name, aggregator, diagnostics);
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

    private static void Aggregate(GdeltBlock block, string file, EventAggregator aggregator, ImportDiagnostics diagnostics)
    {
        var text = block.Lines.Text;
        for (var i = 0; i < block.Count; i++)
        {
            ref readonly var row = ref block.Rows[i];
            var lineNumber = block.Lines.FirstLine + row.Line;
            if (row.Skip is { } skip)
            {
                var detail = row.Detail;
                diagnostics.Skip(file, lineNumber, skip, () => detail ?? skip.Label());
                diagnostics.CountRow();
                continue;
            }
            AddRow(text, in row, file, lineNumber, aggregator, diagnostics);
            diagnostics.CountRow();
        }
    }

    private static void AddRow(ReadOnlySpan<char> text, in GdeltRow row, string file, long lineNumber, EventAggregator aggregator, ImportDiagnostics diagnostics)
    {
        if (!aggregator.TryAdd(row.Actor1.In(text), row.Actor2.In(text), row.Date, row.Mapping, row.Goldstein, row.Sources, out var tie, out var reason))
        {
            diagnostics.Skip(file, lineNumber, reason, () => reason.Label());
            return;
        }
        diagnostics.CountImported();

        var url = text[row.Url].Trim();
        if (url.IsEmpty || !tie!.WantsEvidence || tie.HasSource(url)) return;
        tie.AddEvidence(url.ToString(), new EvidenceFacts(row.EventId, row.Code, row.Goldstein, row.Sources, row.Date));
    }

    /// <inheritdoc />
    public EvidenceDraft? DescribeEvidence(string sourceKey, EvidenceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        var code = facts.Code.ToString();
        var host = Fields.HostOf(sourceKey);
        return new EvidenceDraft(
            sourceKey,
            sourceKey,
            SourceTitles.ForUrl(host, facts.Date),
            host,
            facts.Date,
            string.Create(CultureInfo.InvariantCulture, $"GDELT event {facts.EventId}"),
            string.Create(CultureInfo.InvariantCulture, $"CAMEO {code} {CameoMapping.Describe(code)}; Goldstein {facts.Goldstein:0.0}; {facts.Sources} source(s)"));
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
