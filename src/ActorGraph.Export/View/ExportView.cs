using System.Collections.Frozen;
using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.Export.View;

/// <summary>The part of a graph an export shows, in a fixed order: actors, relations and processes
/// filtered by the as-of date and the focus, each sorted by id (ordinal), so that the same graph and
/// options always give the same bytes whatever the load order.</summary>
/// <remarks>Relations whose endpoints are not actors of the graph are dropped (an unvalidated graph
/// must not make the DOT writer invent nodes). Building the view is O(V log V + E log E).</remarks>
public sealed class ExportView
{
    private readonly FrozenSet<string> _actorIds;

    private ExportView(ActorGraphData graph, ExportOptions options)
    {
        Graph = graph;
        Options = options;
        var focus = options.Focus;
        var restrict = focus is { ShowContext: false };

        Actors = [.. graph.Actors
            .Where(a => !restrict || focus!.Actors.Contains(a.Id))
            .OrderBy(a => a.Id, StringComparer.Ordinal)];
        _actorIds = Actors.Select(a => a.Id).ToFrozenSet(StringComparer.Ordinal);

        Relations = [.. graph.Relations
            .Where(r => r.When.Contains(options.AsOf) && _actorIds.Contains(r.Source) && _actorIds.Contains(r.Target))
            .Where(r => !restrict || focus!.Relations.Contains(r.Id))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Source, StringComparer.Ordinal)
            .ThenBy(r => r.Target, StringComparer.Ordinal)
            .ThenBy(r => r.Kind.Name, StringComparer.Ordinal)];

        Processes = [.. graph.Processes
            .Where(p => p.When.Contains(options.AsOf))
            .Where(p => !restrict || focus!.Processes.Contains(p.Id))
            .OrderBy(p => p.Id, StringComparer.Ordinal)];

        ReferenceDate = options.AsOf ?? LatestDate(graph);

        if (options.Group == GroupMode.Cluster && options.Clusters is null)
            throw new ArgumentException("grouping by cluster needs a cluster assignment (ExportOptions.Clusters)", nameof(options));
    }

    /// <summary>Builds the view of <paramref name="graph"/> for <paramref name="options"/>.</summary>
    public static ExportView Create(ActorGraphData graph, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new ExportView(graph, options ?? ExportOptions.Default);
    }

    /// <summary>The whole graph the view is taken from.</summary>
    public ActorGraphData Graph { get; }

    /// <summary>The options the view was built with.</summary>
    public ExportOptions Options { get; }

    /// <summary>Actors shown, by id.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>Relations shown (valid as of the date, both endpoints shown), by id.</summary>
    public ImmutableArray<Relation> Relations { get; }

    /// <summary>Processes shown (valid as of the date), by id.</summary>
    public ImmutableArray<MediationProcess> Processes { get; }

    /// <summary>The date the view is drawn at: the as-of date, else the latest date on record (relation and
    /// process dates, outcome dates, source dates); null when nothing is dated.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>True when <paramref name="process"/> is over at <see cref="ReferenceDate"/>: its end date is
    /// before it. A process without an end date is over only when its status says so (ended, collapsed):
    /// the record then gives no date to measure.</summary>
    public bool IsPast(MediationProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return process.When.End is { } end
            ? ReferenceDate is { } reference && end < reference
            : process.Status is ProcessStatus.Ended or ProcessStatus.Collapsed;
    }

    private static DateOnly? LatestDate(ActorGraphData graph)
    {
        DateOnly? latest = null;
        void See(DateOnly? date) { if (date > latest || latest is null) latest = date ?? latest; }
        foreach (var r in graph.Relations) { See(r.When.Start); See(r.When.End); }
        foreach (var p in graph.Processes)
        {
            See(p.When.Start);
            See(p.When.End);
            foreach (var o in p.Outcomes) See(o.Date);
        }
        foreach (var s in graph.Sources) See(s.Date);
        return latest;
    }

    /// <summary>True when the actor is part of the view.</summary>
    public bool Shows(string actorId) => _actorIds.Contains(actorId);

    /// <summary>The actor's cluster number, when a cluster assignment was given and names it.</summary>
    public int? ClusterOf(string actorId) =>
        Options.Clusters is { } clusters && clusters.TryGetValue(actorId, out var c) ? c : null;

    /// <summary>The process's participants that are shown, with their role, parties first, each sorted by id.</summary>
    public IEnumerable<(string ActorId, ProcessRole Role)> ParticipantsOf(MediationProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        foreach (var id in process.Parties.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            if (Shows(id)) yield return (id, ProcessRole.Party);
        foreach (var id in process.Mediators.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            if (Shows(id)) yield return (id, ProcessRole.Mediator);
    }

    /// <summary>How an actor is drawn with respect to the focus.</summary>
    public FocusLevel FocusOf(string actorId) => Options.Focus switch
    {
        null => FocusLevel.Normal,
        { } f when f.Endpoints.Contains(actorId) => FocusLevel.Endpoint,
        { } f when f.Mediators.Contains(actorId) => FocusLevel.Mediator,
        { } f when f.Actors.Contains(actorId) => FocusLevel.Normal,
        _ => FocusLevel.Context,
    };

    /// <summary>The focus role of an actor as exported data spells it (<c>endpoint</c>, <c>mediator</c>,
    /// <c>in-focus</c>, <c>context</c>), or null without a focus.</summary>
    public string? FocusName(string actorId) => Options.Focus is null
        ? null
        : FocusOf(actorId) switch
        {
            FocusLevel.Endpoint => "endpoint",
            FocusLevel.Mediator => "mediator",
            FocusLevel.Context => "context",
            _ => "in-focus",
        };

    /// <summary>True when a relation is greyed out as context (focus with <see cref="ExportFocus.ShowContext"/>).</summary>
    public bool IsContext(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Options.Focus is { } f && !f.Relations.Contains(relation.Id);
    }

    /// <summary>True when a process is greyed out as context.</summary>
    public bool IsContext(MediationProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return Options.Focus is { } f && !f.Processes.Contains(process.Id);
    }
}
