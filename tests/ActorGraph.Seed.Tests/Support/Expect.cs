namespace ActorGraph.Seed.Tests.Support;

/// <summary>Assertions on load results.</summary>
public static class Expect
{
    /// <summary>Asserts that loading failed, nothing was loaded, and an error at exactly this place contains <paramref name="message"/>.</summary>
    public static SeedError Error(SeedLoadResult result, string file, int line, int column, string message)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Graph);
        var all = string.Join("\n", result.Errors);
        var hit = result.Errors.FirstOrDefault(e => e.File == file && e.Line == line && e.Column == column && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(hit is not null, $"expected {file}:{line}:{column}: ...{message}...\nbut got:\n{all}");
        return hit!;
    }
}
