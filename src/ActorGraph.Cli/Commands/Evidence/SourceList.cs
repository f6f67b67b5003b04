using System.Globalization;
using ActorGraph.Analysis.Projection;
using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Commands.Evidence;

/// <summary>The "Sources" block under a compact evidence list: each source of the items shown, once, under
/// the tag ("S1") its items end with, with its date, its title (cut to the terminal) and, on a line of its
/// own, its URL in full (never cut or broken, so that it can be copied; see <see cref="WrappingWriter"/>).
/// Only the sources of the items shown are listed, so the block is bounded as the list is.</summary>
internal sealed class SourceList
{
    private readonly Dictionary<string, int> _tags = new(StringComparer.Ordinal);
    private readonly List<EvidenceItem> _sources = [];

    /// <summary>Tags the sources of <paramref name="shown"/> in the order they first appear.</summary>
    public SourceList(IEnumerable<FoldedEvidence> shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        foreach (var f in shown)
        {
            if (_tags.ContainsKey(f.Item.SourceId)) continue;
            _sources.Add(f.Item);
            _tags[f.Item.SourceId] = _sources.Count;
        }
    }

    /// <summary>"[S2]": the tag of <paramref name="item"/>'s source, as printed at the end of its line.</summary>
    public string Tag(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.Create(CultureInfo.InvariantCulture, $"[S{_tags[item.SourceId]}]");
    }

    /// <summary>Writes the block; <paramref name="allSources"/> is the number of distinct sources the whole
    /// answer cites, to say how many more -v would show.</summary>
    public void Write(TextWriter o, int allSources)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (_sources.Count == 0) return;
        var more = allSources - _sources.Count;
        o.WriteLine();
        o.WriteLine(more > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Sources (of the evidence shown; {more} more with -v):")
            : "Sources:");
        foreach (var s in _sources)
        {
            var date = s.SourceDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
            var head = $"  {Tag(s),-5} {date,-10}  ";
            // The title gives way to the id, which -v and the seed's sources.csv use.
            var id = s.SourceTitle is null ? s.SourceId : $" ({s.SourceId})";
            var room = TableWriter.DefaultWidth - head.Length - id.Length;
            var title = s.SourceTitle is { } t && room > 10 ? TextWrap.Truncate(t, room) : "";
            o.WriteLine(TextWrap.Truncate(head + title + id, TableWriter.DefaultWidth));
            o.WriteLine($"        {s.Url ?? "no URL on record"}");
        }
    }
}
