namespace ActorGraph.Seed.Tests.Support;

/// <summary>A seed folder in a fresh temp directory, deleted on dispose.</summary>
public sealed class TempSeed : IDisposable
{
    public TempSeed() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ag-seed-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file (LF line endings) and returns this folder for chaining.</summary>
    public TempSeed With(string name, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, name), content.ReplaceLineEndings("\n"));
        return this;
    }

    public SeedLoadResult Load() => SeedLoader.Load(Path);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>A small valid base: one source, four actors.</summary>
    public const string Base = """
        sources:
          - id: rep
            title: A report
        actors:
          - id: alpha
            name: Alpha
            kind: state
          - id: beta
            name: Beta
            kind: armed-group
          - id: gamma
            name: Gamma
            kind: state
          - id: delta
            name: Delta
            kind: person
        """;
}
