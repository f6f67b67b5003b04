namespace ActorGraph.Cli.Tests.Support;

/// <summary>A throw-away seed folder for one test.</summary>
public sealed class TempSeed : IDisposable
{
    /// <summary>Creates an empty folder under the system temp directory.</summary>
    public TempSeed()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "actorgraph-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Writes a file into the folder.</summary>
    public void Write(string name, string content) => File.WriteAllText(System.IO.Path.Combine(Path, name), content);

    /// <inheritdoc />
    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
