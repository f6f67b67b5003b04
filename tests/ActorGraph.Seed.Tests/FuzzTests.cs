using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests;

/// <summary>Damaged files of every kind give errors, never exceptions (a user must never see a stack trace).</summary>
public sealed class FuzzTests
{
    private static readonly string SeedDirectory = Path.Combine(AppContext.BaseDirectory, "graph-seed");

    [Theory]
    [InlineData("relations.yaml", 1)]
    [InlineData("processes.yaml", 2)]
    [InlineData("actors.yaml", 3)]
    public void Mutated_yaml_never_throws(string file, int seed)
    {
        var original = File.ReadAllText(Path.Combine(SeedDirectory, file));
        var random = new Random(seed);
        for (var i = 0; i < 25; i++) LoadMutated(file, Mutate(original, random));
    }

    [Fact]
    public void Mutated_csv_never_throws()
    {
        var graph = SeedLoader.Load(SeedDirectory).Graph!;
        using var csv = new TempSeed();
        SeedCsvWriter.Write(graph, csv.Path);
        var random = new Random(4);
        foreach (var file in new[] { "actors.csv", "relations.csv", "sources.csv" })
        {
            var original = File.ReadAllText(Path.Combine(csv.Path, file));
            for (var i = 0; i < 15; i++) LoadMutated(file, Mutate(original, random), csv.Path);
        }
    }

    [Fact]
    public void Unclosed_flow_list_that_trips_the_yaml_library_is_a_positioned_syntax_error()
    {
        // YamlDotNet throws InvalidOperationException (no position) on this; the loader finds where parsing stops.
        var text = File.ReadAllText(Path.Combine(SeedDirectory, "relations.yaml")).Replace("[ceasefire, lebanon]", "[ceasefire, lebano", StringComparison.Ordinal);
        var line = 1 + text[..text.IndexOf("[ceasefire, lebano", StringComparison.Ordinal)].Count(c => c == '\n');
        using var seed = new TempSeed().With("relations.yaml", text).With("actors.yaml", File.ReadAllText(Path.Combine(SeedDirectory, "actors.yaml")));
        var error = Assert.Single(seed.Load().Errors, e => e.File == "relations.yaml");
        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, line, line + 3);
    }

    private static void LoadMutated(string file, string text, string? baseFolder = null)
    {
        using var seed = new TempSeed();
        foreach (var f in Directory.GetFiles(baseFolder ?? SeedDirectory).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            File.Copy(f, Path.Combine(seed.Path, Path.GetFileName(f)));
        }
        File.WriteAllText(Path.Combine(seed.Path, file), text);
        var result = seed.Load();
        Assert.Equal(result.Errors.IsEmpty, result.Succeeded);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    /// <summary>A few random edits: delete, duplicate or swap a span, or insert a syntax character.</summary>
    private static string Mutate(string text, Random random)
    {
        const string Specials = "[]{}:-,\"'&*!|>#%@`\n\t ;~\\";
        var chars = text.ToList();
        for (var n = random.Next(1, 4); n > 0 && chars.Count > 2; n--)
        {
            var at = random.Next(chars.Count);
            var length = Math.Min(random.Next(1, 12), chars.Count - at);
            switch (random.Next(4))
            {
                case 0: chars.RemoveRange(at, length); break;
                case 1: chars.InsertRange(at, chars.GetRange(at, length)); break;
                case 2: chars.Insert(at, Specials[random.Next(Specials.Length)]); break;
                default: chars[at] = (char)random.Next(32, 0x2FF); break;
            }
        }
        return new string([.. chars]);
    }
}
