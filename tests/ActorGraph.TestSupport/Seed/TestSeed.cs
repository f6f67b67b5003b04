namespace ActorGraph.TestSupport;

/// <summary>The test seed (TestSeed/world.yaml) and temporary copies of it that a test may edit.</summary>
public sealed class TestSeed : IDisposable
{
    /// <summary>The folder shipped with the tests (read-only use).</summary>
    public static string SharedFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestSeed");

    private TestSeed(string folder) => Folder = folder;

    /// <summary>The temporary folder.</summary>
    public string Folder { get; }

    /// <summary>The seed file in the temporary folder.</summary>
    public string WorldFile => Path.Combine(Folder, "world.yaml");

    /// <summary>A fresh temporary copy of the test seed.</summary>
    public static TestSeed Copy()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ag-service-seed-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(SharedFolder)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return new TestSeed(folder);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}
