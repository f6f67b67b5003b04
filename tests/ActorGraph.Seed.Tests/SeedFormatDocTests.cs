using System.Text;
using ActorGraph.Core.Model;

namespace ActorGraph.Seed.Tests;

/// <summary>docs/seed-format.md cannot drift from the code: its vocabulary table is the one generated
/// here from <see cref="RelationVocabulary"/>, and it names every actor kind, status and modality.</summary>
public sealed class SeedFormatDocTests
{
    private const string Start = "<!-- vocabulary:start (generated from RelationVocabulary; SeedFormatDocTests checks it) -->";
    private const string End = "<!-- vocabulary:end -->";

    private static string Doc => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "seed-format.md")).ReplaceLineEndings("\n");

    /// <summary>The table as it must appear in the doc.</summary>
    public static string VocabularyTable()
    {
        var sb = new StringBuilder();
        sb.Append("| kind | sign | directed | meaning |\n|---|---|---|---|\n");
        foreach (var k in RelationVocabulary.All)
        {
            sb.Append($"| `{k.Name}` | {k.Sign.ToString().ToLowerInvariant()} | {(k.Directed ? "yes" : "no")} | {k.Description} |\n");
        }
        return sb.ToString();
    }

    [Fact]
    public void Vocabulary_table_matches_the_code()
    {
        var doc = Doc;
        var start = doc.IndexOf(Start, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/seed-format.md must hold the markers {Start} and {End}");
        var table = doc[(start + Start.Length)..end].Trim('\n') + "\n";
        Assert.True(VocabularyTable() == table, "docs/seed-format.md's vocabulary table is out of date; replace it with:\n" + VocabularyTable());
    }

    [Fact]
    public void Doc_names_every_actor_kind_status_and_modality()
    {
        var doc = Doc;
        var names = Enum.GetNames<ActorKind>().Concat(Enum.GetNames<ProcessStatus>()).Concat(Enum.GetNames<Modality>())
            .Select(n => string.Concat(n.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())));
        Assert.All(names, n => Assert.Contains($"`{n}`", doc, StringComparison.Ordinal));
    }
}
