using System.Runtime.InteropServices;
using ActorGraph.Benchmarks.Analysis.Graphs;

namespace ActorGraph.Benchmarks.Scale;

/// <summary>An edge list as one binary file that C# and numpy read without parsing, so that every library in the scale
/// benchmark loads the same graph in seconds: the ASCII magic <c>AGEL</c>, int32 vertex count, int64 edge count m, then
/// int32[m] sources, int32[m] targets, float64[m] weights, all little-endian (numpy: <c>np.fromfile</c> with offsets
/// 16, 16 + 4m, 16 + 8m).</summary>
public static class BinaryEdgeList
{
    private const int Magic = 0x4C454741; // "AGEL"

    /// <summary>Writes <paramref name="graph"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, EdgeListGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(graph.VertexCount);
        writer.Write((long)graph.Sources.Length);
        writer.Write(MemoryMarshal.AsBytes(graph.Sources.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(graph.Targets.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(graph.Weights.AsSpan()));
    }

    /// <summary>Reads a file written by <see cref="Write"/>; throws <see cref="InvalidDataException"/> on a bad header or length.</summary>
    public static EdgeListGraph Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        if (reader.ReadInt32() != Magic) throw new InvalidDataException($"{path}: not an AGEL edge list");
        var n = reader.ReadInt32();
        var m = reader.ReadInt64();
        if (n < 0 || m < 0 || m > int.MaxValue || stream.Length != 16 + 16 * m) throw new InvalidDataException($"{path}: bad header or length (n={n}, m={m})");
        var sources = new int[m];
        var targets = new int[m];
        var weights = new double[m];
        stream.ReadExactly(MemoryMarshal.AsBytes(sources.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(targets.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        return new EdgeListGraph(n, sources, targets, weights);
    }
}
