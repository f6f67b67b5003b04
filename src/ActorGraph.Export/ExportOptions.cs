namespace ActorGraph.Export;

/// <summary>What to export and how. Plain inputs, so that writers do not depend on how clusters or
/// mediation paths were computed.</summary>
public sealed record ExportOptions
{
    /// <summary>The options used when none are given: everything on record, grouped by kind, <c>dot</c> layout.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>Only relations and processes valid on this date (see <see cref="Core.Model.DateRange.Contains"/>);
    /// null keeps everything on record. Actors have no dates and are always kept (unless out of focus).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>How actors are grouped. <see cref="GroupMode.Cluster"/> needs <see cref="Clusters"/>.</summary>
    public GroupMode Group { get; init; } = GroupMode.Kind;

    /// <summary>Cluster number per actor id (e.g. from Leiden). Actors missing from it are left ungrouped.</summary>
    public IReadOnlyDictionary<string, int>? Clusters { get; init; }

    /// <summary>Restrict or highlight a focus (A, B, their mediators and the paths between them); null draws everything.</summary>
    public ExportFocus? Focus { get; init; }

    /// <summary>The layout written into the DOT graph attributes.</summary>
    public LayoutEngine Layout { get; init; } = LayoutEngine.Dot;

    /// <summary>Whether DOT output carries a legend of shapes and tie styles.</summary>
    public bool Legend { get; init; } = true;

    /// <summary>A title for the drawing; null gives a generated one (counts and as-of date).</summary>
    public string? Title { get; init; }
}
