using System.Reflection;

namespace ActorGraph.Seed.Tests;

/// <summary>README.md carries the relation vocabulary too; it must match the code like docs/seed-format.md.</summary>
public sealed class ReadmeVocabularyTests
{
    private const string Start = "<!-- vocabulary:start (generated from RelationVocabulary; ReadmeVocabularyTests checks it) -->";
    private const string End = "<!-- vocabulary:end -->";

    [Fact]
    public void Readme_vocabulary_table_matches_the_code()
    {
        var root = RepositoryPaths.Root;
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md must hold the markers {Start} and {End}");
        var table = readme[(start + Start.Length)..end].Trim('\n') + "\n";
        Assert.True(SeedFormatDocTests.VocabularyTable() == table,
            "README.md's vocabulary table is out of date; replace it with:\n" + SeedFormatDocTests.VocabularyTable());
    }
}
