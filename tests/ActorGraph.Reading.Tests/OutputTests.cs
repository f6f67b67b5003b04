using ActorGraph.Reading.Input;
using ActorGraph.Reading.Output;
using ActorGraph.Seed;

namespace ActorGraph.Reading.Tests;

/// <summary>The output folder loads as a seed; --into never duplicates a known actor; the review locates every fact.</summary>
public sealed class OutputTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ag-reading-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Output_validates_and_review_lists_every_fact_with_its_span()
    {
        var result = ReportReader.ReadFile(SharedFiles.Report("04-ethiopia-pretoria-au-talks"));
        var merged = GraphMerger.Merge([result]);
        OutputFolder.Write(_dir, merged, [result]);

        var loaded = SeedLoader.Load(_dir);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        Assert.Equal(merged.Review.Count(r => r.Kind == "relation"), loaded.Graph!.Relations.Length);
        var review = File.ReadAllText(Path.Combine(_dir, "review.md"));
        Assert.All(merged.Review, item => Assert.Contains(item.Where.Locator, review, StringComparison.Ordinal));
        var processes = merged.Review.Count(r => r.Kind == "process");
        Assert.True(processes > 0);
        Assert.Contains($"### Processes ({processes})", review, StringComparison.Ordinal);
        Assert.All(loaded.Graph.Relations, r => Assert.StartsWith("para ", Assert.Single(r.Evidence).Locator, StringComparison.Ordinal));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(_dir)!, "." + Path.GetFileName(_dir) + ".tmp-*"));
    }

    [Fact]
    public void Partial_dates_are_written_as_intervals_the_seed_loader_accepts()
    {
        var result = ReportReader.ReadFile(SharedFiles.Report("11-portsmouth-1905-encyclopedic"));
        OutputFolder.Write(_dir, GraphMerger.Merge([result]), [result]);

        var loaded = SeedLoader.Load(_dir);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var attack = Assert.Single(loaded.Graph!.Relations, r => r.Kind.Name == "attacks" && r.Source == "jpn");
        Assert.Equal((new DateOnly(1904, 1, 1), new DateOnly(1904, 12, 31)), (attack.When.Start, attack.When.End));
        Assert.Contains("month and day unknown", Assert.Single(attack.Evidence).Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Into_resolves_known_actors_and_flags_what_is_on_record()
    {
        var graphSeed = SeedLoader.Load(SharedFiles.GraphSeed).Graph!;
        var result = ReportReader.ReadFile(SharedFiles.Article);
        var merged = GraphMerger.Merge([result], graphSeed);

        Assert.Equal(graphSeed.Actors.Length, merged.Graph.Actors.Length - merged.Review.Count(r => r.Kind == "actor" && r.Change == "new actor"));
        Assert.Contains(merged.Review, r => r.Kind == "actor" && r.Change == "known actor: united-states");
        Assert.Contains(merged.Review, r => r.Kind == "relation" && r.Change.StartsWith("already on record", StringComparison.Ordinal));
        Assert.DoesNotContain(merged.Graph.Actors, a => a.Id == "united-states-2" || a.Id == "hamas-2");
    }

    [Fact]
    public void A_non_empty_target_is_refused_and_left_as_it_was()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "keep.txt"), "mine");
        var result = ReportReader.ReadFile(SharedFiles.Report("01-yemen-un-truce"));
        Assert.Throws<IOException>(() => OutputFolder.Write(_dir, GraphMerger.Merge([result]), [result]));
        Assert.Equal(["keep.txt"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Review_lists_under_each_report_only_its_own_facts_when_ids_share_a_prefix()
    {
        // Ids "a", "a-b" and a second "a" (merged as "a-2"): the first report must show neither of the others' facts.
        var first = ReportReader.ReadText("The United Nations mediated talks between Ethiopia and Eritrea in Algiers.", "one.txt", new ReadingOptions { SourceId = "a" });
        var second = ReportReader.ReadText("Qatar mediated between Djibouti and Sudan in Doha.", "two.txt", new ReadingOptions { SourceId = "a-b" });
        var third = ReportReader.ReadText("Norway mediated between Colombia and Venezuela in Oslo.", "three.txt", new ReadingOptions { SourceId = "a" });
        var results = new[] { first, second, third };
        var merged = GraphMerger.Merge(results);
        Assert.Equal(["a", "a-b", "a-2"], merged.SourceIds);
        OutputFolder.Write(_dir, merged, results);

        var review = File.ReadAllText(Path.Combine(_dir, "review.md"));
        var sections = review.Split("\n## ", StringSplitOptions.None).Skip(1).ToArray();
        Assert.Equal(3, sections.Length);
        Assert.StartsWith("a: ", sections[0], StringComparison.Ordinal);
        Assert.StartsWith("a-b: ", sections[1], StringComparison.Ordinal);
        Assert.StartsWith("a-2: ", sections[2], StringComparison.Ordinal);
        string[][] own = [["Ethiopia", "Eritrea"], ["Djibouti", "Sudan"], ["Colombia", "Venezuela"]];
        for (var k = 0; k < 3; k++)
            for (var j = 0; j < 3; j++)
                foreach (var name in own[j])
                    if (j == k) Assert.Contains($"**{name}", sections[k], StringComparison.Ordinal);
                    else Assert.DoesNotContain($"**{name}", sections[k], StringComparison.Ordinal);
        Assert.All(merged.Review, item => Assert.Single(sections, s => s.Contains(item.Where.Locator + ",", StringComparison.Ordinal) && s.StartsWith(item.Where.SourceId + ": ", StringComparison.Ordinal)));
    }
}
