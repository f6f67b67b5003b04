using System.Globalization;

namespace ActorGraph.Benchmarks.Analysis.Graphs;

/// <summary>A directed weighted edge list with integer vertices 0..N-1, as written to and read from a TSV file
/// (<c>source TAB target TAB weight</c>, one edge a line, after a <c># n=N</c> header). The file is what ActorGraph
/// and the python peers (igraph, networkx) both read, so they work on the same graph.</summary>
public sealed record EdgeListGraph(int VertexCount, int[] Sources, int[] Targets, double[] Weights)
{
    /// <summary>Writes the TSV (weights in round-trip format, so every reader gets the same doubles).</summary>
    public void Write(string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine($"# n={VertexCount}");
        for (var i = 0; i < Sources.Length; i++)
        {
            writer.Write(Sources[i].ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(Targets[i].ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.WriteLine(Weights[i].ToString("R", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Reads a TSV written by <see cref="Write"/>; throws <see cref="FormatException"/> with the line number on bad input.</summary>
    public static EdgeListGraph Read(string path)
    {
        var sources = new List<int>();
        var targets = new List<int>();
        var weights = new List<double>();
        var n = -1;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("# n=", StringComparison.Ordinal)) { n = int.Parse(line.AsSpan(4), CultureInfo.InvariantCulture); continue; }
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length != 3
                || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
                || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var t)
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
                throw new FormatException($"{path}:{lineNumber}: expected 'source<TAB>target<TAB>weight'");
            sources.Add(s); targets.Add(t); weights.Add(w);
        }
        if (n < 0) n = sources.Count == 0 ? 0 : Math.Max(sources.Max(), targets.Max()) + 1;
        return new EdgeListGraph(n, [.. sources], [.. targets], [.. weights]);
    }
}
