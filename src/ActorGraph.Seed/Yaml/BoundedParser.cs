using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ActorGraph.Seed.Yaml;

/// <summary>Wraps YamlDotNet's parser and counts the structure it produces, event by event, so that the
/// representation model (which recurses once per level) never sees more than a bounded tree.</summary>
/// <remarks>
/// YamlDotNet's scanner and parser keep their state in explicit stacks, so they survive any input; its
/// representation model and its node hashing recurse. Counting real nesting here, where every form of
/// nesting (block maps, compact lists <c>- - - x</c>, flow, anchored <c>&amp;a [..]</c>, tagged
/// <c>!!seq [..]</c>) arrives as the same start event, replaces any guess made from the text. Also bounded:
/// <list type="bullet">
/// <item>alias expansion: each <c>*name</c> counts as the nodes of what it names, so anchors that name
/// lists of aliases cannot multiply a small file into billions of records;</item>
/// <item>keys: a map key must be a scalar (a list or map as key makes YamlDotNet hash whole subtrees, which
/// aliases make exponential). Seed files only have plain-word keys.</item>
/// </list>
/// Cost: O(1) per event, O(depth + anchors) memory.</remarks>
internal sealed class BoundedParser(IParser inner, int maxDepth, long maxAliasExpansion) : IParser
{
    private readonly Stack<Frame> _open = new();
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _collectionAnchors = new(StringComparer.Ordinal);
    private long _aliasExpansion;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart:
                var start = (NodeEvent)inner.Current;
                if (InKeyPosition) Fail(start, "YAML key not allowed: a map key must be a plain word, not a list or map");
                if (_open.Count >= maxDepth)
                {
                    Fail(start, $"YAML nesting too deep: lists or maps nested more than {maxDepth} deep; seed files nest only a few levels");
                }
                _open.Push(new Frame(start.Anchor.IsEmpty ? null : start.Anchor.Value, start is MappingStart));
                break;
            case MappingEnd or SequenceEnd:
                var frame = _open.Pop();
                if (frame.Anchor is { } anchor)
                {
                    _anchorSizes[anchor] = frame.Size;
                    _collectionAnchors.Add(anchor);
                }
                Completed(frame.Size);
                break;
            case Scalar scalar:
                if (!scalar.Anchor.IsEmpty)
                {
                    _anchorSizes[scalar.Anchor.Value] = 1;
                    _collectionAnchors.Remove(scalar.Anchor.Value);
                }
                Completed(1);
                break;
            case AnchorAlias alias:
                var name = alias.Value.Value;
                if (InKeyPosition && _collectionAnchors.Contains(name)) Fail(alias, "YAML key not allowed: a map key must be a plain word, not an alias of a list or map");
                var size = _anchorSizes.GetValueOrDefault(name, 1);
                _aliasExpansion += size;
                if (_aliasExpansion > maxAliasExpansion)
                {
                    Fail(alias, $"YAML aliases expand too far: aliases expand to more than {maxAliasExpansion:N0} nodes; refer to shared values fewer times, or raise the limit (see docs/limits.md)");
                }
                Completed(size);
                break;
        }
        return true;
    }

    private bool InKeyPosition => _open.TryPeek(out var top) && top.IsMapping && top.ExpectsKey;

    /// <summary>A node of <paramref name="size"/> nodes is complete: count it in its parent, whose next node
    /// is then a value if this was a key (and the reverse).</summary>
    private void Completed(long size)
    {
        if (!_open.TryPeek(out var parent)) return;
        parent.Size += size;
        parent.ExpectsKey = !parent.ExpectsKey;
    }

    private static void Fail(ParsingEvent at, string message) => throw new YamlLimitException(at.Start, at.End, message);

    private sealed class Frame(string? anchor, bool isMapping)
    {
        public string? Anchor { get; } = anchor;
        public bool IsMapping { get; } = isMapping;
        public bool ExpectsKey { get; set; } = true;
        public long Size { get; set; } = 1;
    }
}
