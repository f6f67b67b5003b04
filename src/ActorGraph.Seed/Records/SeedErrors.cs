using System.Collections.Immutable;

namespace ActorGraph.Seed.Records;

/// <summary>Collects errors while a folder is read, so that one run reports all of them.</summary>
internal sealed class SeedErrors
{
    private readonly List<SeedError> _errors = [];

    public int Count => _errors.Count;

    public void Add(string file, Location location, string message) =>
        _errors.Add(new SeedError(file, location.Line, location.Column, message));

    public void AddForFile(string file, string message) => _errors.Add(new SeedError(file, 0, 0, message));

    /// <summary>Adds the errors of <paramref name="block"/> (a part of a file read on its own, lines counted from 1) in
    /// their order, their lines moved down by <paramref name="lineOffset"/>.</summary>
    public void AddBlock(SeedErrors block, int lineOffset)
    {
        foreach (var e in block._errors) _errors.Add(e.Line > 0 ? e with { Line = e.Line + lineOffset } : e);
    }

    /// <summary>All errors sorted by file, line and column (stable for equal positions).</summary>
    public ImmutableArray<SeedError> Sorted() =>
    [
        .. _errors
            .Select((e, i) => (Error: e, Order: i))
            .OrderBy(x => x.Error.File, StringComparer.Ordinal)
            .ThenBy(x => x.Error.Line)
            .ThenBy(x => x.Error.Column)
            .ThenBy(x => x.Order)
            .Select(x => x.Error),
    ];
}
