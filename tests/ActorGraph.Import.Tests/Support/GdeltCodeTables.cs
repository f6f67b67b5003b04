namespace ActorGraph.Import.Tests.Support;

/// <summary>GDELT's own CAMEO code tables in ../shared/real-data/dictionaries (spark-gdelt-cameo*.txt): the codes a
/// real file can hold, read independently of ActorGraph's embedded tables.</summary>
public static class GdeltCodeTables
{
    /// <summary>(code, label) of each three-letter code of <paramref name="file"/>, the first row of a repeated code.</summary>
    public static List<(string Code, string Label)> Read(string file) =>
        [.. File.ReadLines(RealFiles.Path($"dictionaries/{file}")).Skip(1).Select(l => l.Split('\t'))
            .Where(c => c.Length == 2 && c[0].Length == 3).Select(c => (c[0], c[1])).DistinctBy(c => c.Item1)];
}
