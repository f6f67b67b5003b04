using ActorGraph.Core.Storage;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import.Reading;

/// <summary>Reads one event-data format, row by row, into an <see cref="EventAggregator"/>.</summary>
public interface IEventReader
{
    /// <summary>The format's name for messages ("GDELT 2.0 events").</summary>
    string FormatName { get; }

    /// <summary>How the format identifies actors.</summary>
    ActorIdStyle Style { get; }

    /// <summary>Reads every row of <paramref name="part"/>: aggregates good rows, reports bad ones to
    /// <paramref name="diagnostics"/> (which throws under strict mode), and reports progress about
    /// every 65,536 rows.</summary>
    void Read(InputPart part, EventAggregator aggregator, ImportDiagnostics diagnostics, IProgress<StoreProgress>? progress, CancellationToken cancellationToken);

    /// <summary>The description given to an imported actor with this key.</summary>
    string DescribeActor(string key);

    /// <summary>Turns evidence kept in compact form into a draft (titles, notes); null when the reader
    /// always keeps full drafts.</summary>
    EvidenceDraft? DescribeEvidence(string sourceKey, EvidenceFacts facts) => null;

    /// <summary>The source record, with id <paramref name="id"/>, that <see cref="DescribeEvidence"/>'s draft for these
    /// facts gives (title, publisher, date, URL), made without the draft's note and locator: a large import makes one per
    /// distinct URL. Null when the reader has no such shortcut (the draft is used).</summary>
    ActorGraph.Core.Model.Source? DescribeSource(string sourceKey, EvidenceFacts facts, string id) => null;
}
