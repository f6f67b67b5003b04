using System.Globalization;
using ActorGraph.Analysis.Projection;
using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Commands.Evidence;

/// <summary>Prints an answer's folded evidence: compact (an item in at most two lines, the longer notes cut, the
/// first <see cref="CompactMax"/> items spread over the actors, each ending with its source's tag, then a
/// <see cref="SourceList"/> citing those sources with date, title and URL) or full (every item, note in
/// full, then the source's title, date, URL and paragraph).</summary>
internal static class EvidenceList
{
    /// <summary>At most this many items in the compact answer.</summary>
    public const int CompactMax = 8;

    /// <summary>A compact item is cut to this many characters: two lines of a 100-column terminal.</summary>
    public const int CompactChars = 2 * TableWriter.DefaultWidth - 10;

    /// <summary>Writes the evidence of <paramref name="fold"/> under the heading "Evidence".</summary>
    public static void Write(TextWriter o, EvidenceFold fold, bool full)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(fold);
        if (fold.Count == 0) return;
        var shown = full ? fold.Items : fold.Spread(CompactMax);
        var sources = new SourceList(shown);
        var folded = fold.Citations > fold.Count ? string.Create(CultureInfo.InvariantCulture, $", {fold.Citations} citations folded") : "";
        o.WriteLine();
        o.WriteLine(full
            ? $"Evidence ({fold.Count} distinct{folded}):"
            : $"Evidence ({fold.Count} distinct{folded}; -v for full notes):");
        foreach (var f in shown)
        {
            // The source is named under the item (-v) or by its tag in the Sources block, so the head gives
            // only the place in it.
            var head = $"  [{f.Number}] {f.Item.Locator ?? "(no paragraph)"} ({Supports(f)})";
            var line = f.Item.Note is null ? head : $"{head}: {f.Item.Note}";
            if (full)
            {
                o.WriteLine(line);
                o.WriteLine($"      {Citation(f.Item)}");
            }
            else
            {
                // The tag is kept whole at the end, however much of the note has to go.
                var tag = " " + sources.Tag(f.Item);
                o.WriteLine(TextWrap.Truncate(line, CompactChars - tag.Length) + tag);
            }
        }
        if (shown.Count < fold.Count) o.WriteLine($"  … and {fold.Count - shown.Count} more (-v for all).");
        if (!full) sources.Write(o, fold.Items.Select(f => f.Item.SourceId).Distinct(StringComparer.Ordinal).Count());
    }

    private static string Supports(FoldedEvidence f) =>
        f.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{f.Count}x: {string.Join(", ", f.Supports)}") : string.Join(", ", f.Supports);

    /// <summary>"source: Title, 2024-12-01, https://..., para 2": everything needed to cite the item.</summary>
    public static string Citation(EvidenceItem e)
    {
        var parts = new List<string> { e.SourceTitle is { } t ? $"{t} ({e.SourceId})" : e.SourceId };
        parts.Add(e.SourceDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated");
        parts.Add(e.Url ?? "no URL on record");
        if (e.Locator is { } l) parts.Add(l);
        return "source: " + string.Join(", ", parts);
    }
}
