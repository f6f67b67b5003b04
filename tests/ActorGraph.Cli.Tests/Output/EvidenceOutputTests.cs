using System.Text.Json;
using System.Text.RegularExpressions;
using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Output;

/// <summary>Evidence that can be cited and read: repeats folded into one line with a count and the actors they
/// support, -v with each source's title, date, URL and paragraph, the same in JSON always, and process outcomes
/// wherever a process is shown.</summary>
public sealed class EvidenceOutputTests : IDisposable
{
    private readonly TempSeed _seed = new();

    public EvidenceOutputTests()
    {
        _seed.Write("sources.yaml", """
            sources:
              - id: wire
                title: Wire report on the truce talks
                date: 2024-06-01
                url: https://news.example.net/truce-talks
              - id: brief
                title: Briefing note
            """);
        _seed.Write("actors.yaml", """
            actors:
              - { id: north, name: Northland, kind: state }
              - { id: south, name: Southland, kind: state }
              - { id: alpha, name: Alphastan, kind: state }
              - { id: beta, name: Betaland, kind: state }
              - { id: gamma, name: Gammaria, kind: state }
            """);
        _seed.Write("relations.yaml", """
            relations:
              - source: north
                target: south
                kind: armed-conflict
                start: 2023-01-01
                evidence: [{ source: wire, locator: para 1, note: The two have been at war since early 2023. }]
            """);
        _seed.Write("processes.yaml", """
            processes:
              - id: truce-talks
                name: Truce talks
                parties: [north, south]
                mediators: [alpha, beta, gamma]
                status: agreed
                start: 2024-03-01
                end: 2024-05-20
                outcomes:
                  - date: 2024-05-20
                    description: A ninety-day truce was signed.
                    evidence: [{ source: brief, locator: p. 4, note: The briefing records the signing. }]
                evidence:
                  - { source: wire, locator: para 2, note: 'Alphastan, Betaland and Gammaria carried the proposals between the two capitals.' }
                  - { source: wire, locator: para 3, note: The mediators met each delegation separately. }
            """);
    }

    public void Dispose() => _seed.Dispose();

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync([.. args, "--seed", _seed.Path]);

    [Fact]
    public async Task Repeated_evidence_is_printed_once_with_a_count_and_the_actors_it_supports()
    {
        var result = await Run("mediators", "north", "south");
        Assert.True(result.ExitCode == 0, result.Error);
        var flat = Regex.Replace(result.Out, @"\s+", " ");
        // Three mediators of one process cite its two items: six citations, two items.
        Assert.Equal(1, Occurrences(flat, "carried the proposals"));
        Assert.Equal(1, Occurrences(flat, "met each delegation"));
        Assert.Equal(2, Occurrences(flat, "(3x: Alphastan, Betaland, Gammaria)"));
        Assert.Contains("mediated by Alphastan, Betaland, Gammaria", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_compact_answer_tags_each_item_and_lists_its_sources_and_v_adds_title_date_url_and_paragraph()
    {
        var compact = await Run("mediators", "north", "south");
        var full = await Run("mediators", "north", "south", "--evidence");
        var alias = await Run("mediators", "north", "south", "-v");
        Assert.Equal(full.Out, alias.Out);
        Assert.DoesNotContain("source:", compact.Out, StringComparison.Ordinal);
        // Each item ends with its source's tag; the Sources block cites each source once: tag, date or
        // "undated", title (id), and the URL alone on the next line (or "no URL on record").
        var lines = compact.Out.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        Assert.Equal(2, lines.Count(l => l.EndsWith(" [S1]", StringComparison.Ordinal)));
        Assert.Equal(1, lines.Count(l => l.EndsWith(" [S2]", StringComparison.Ordinal)));
        var start = Array.IndexOf(lines, "Sources:");
        Assert.True(start > 0, compact.Out);
        Assert.Equal(
            [
                "  [S1]  2024-06-01  Wire report on the truce talks (wire)",
                "        https://news.example.net/truce-talks",
                "  [S2]  undated     Briefing note (brief)",
                "        no URL on record",
            ],
            lines[(start + 1)..].TakeWhile(l => l.Length > 0));
        // A source line may wrap onto a second line: read the output with line breaks as spaces.
        var flat = Regex.Replace(full.Out, @"\s+", " ");
        Assert.Contains("source: Wire report on the truce talks (wire), 2024-06-01, https://news.example.net/truce-talks, para 2", flat, StringComparison.Ordinal);
        Assert.Contains("source: Wire report on the truce talks (wire), 2024-06-01, https://news.example.net/truce-talks, para 3", flat, StringComparison.Ordinal);
        Assert.Contains("source: Briefing note (brief), undated, no URL on record, p. 4", flat, StringComparison.Ordinal);
        Assert.Equal(3, Occurrences(full.Out, "source:"));
    }

    [Fact]
    public async Task Outcomes_are_shown_with_the_process_in_mediators_and_show()
    {
        var mediators = await Run("mediators", "north", "south");
        var show = await Run("show", "alpha");
        foreach (var output in new[] { mediators.Out, show.Out })
            Assert.Contains("outcome (2024-05-20): A ninety-day truce was signed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_mediators_have_their_heading()
    {
        var result = await Run("mediators", "north", "south");
        Assert.Contains("Past mediators (reported; their processes between the two are over)", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Inferred mediators", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_always_carries_source_title_date_url_and_locator_and_outcomes()
    {
        var result = await Run("mediators", "north", "south", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var past = doc.RootElement.GetProperty("past");
        Assert.Equal(3, past.GetArrayLength());
        var process = past[0].GetProperty("processes")[0];
        var item = process.GetProperty("evidence")[0];
        Assert.Equal("wire", item.GetProperty("sourceId").GetString());
        Assert.Equal("Wire report on the truce talks", item.GetProperty("sourceTitle").GetString());
        Assert.Equal("2024-06-01", item.GetProperty("sourceDate").GetString());
        Assert.Equal("https://news.example.net/truce-talks", item.GetProperty("url").GetString());
        Assert.Equal("para 2", item.GetProperty("locator").GetString());
        var outcome = process.GetProperty("outcomes")[0];
        // A source without a date or URL says so with nulls rather than leaving the fields out.
        var undated = outcome.GetProperty("evidence")[0];
        Assert.Equal("Briefing note", undated.GetProperty("sourceTitle").GetString());
        Assert.Equal(JsonValueKind.Null, undated.GetProperty("sourceDate").ValueKind);
        Assert.Equal(JsonValueKind.Null, undated.GetProperty("url").ValueKind);
        Assert.Equal("A ninety-day truce was signed.", outcome.GetProperty("description").GetString());
        Assert.Equal("2024-05-20", outcome.GetProperty("date").GetString());

        var profile = await Run("show", "alpha", "--format", "json");
        using var profileDoc = JsonDocument.Parse(profile.Out);
        var profileOutcome = profileDoc.RootElement.GetProperty("processes")[0].GetProperty("outcomes")[0];
        Assert.Equal("p. 4", profileOutcome.GetProperty("evidence")[0].GetProperty("locator").GetString());
    }

    [Fact]
    public async Task Paths_json_evidence_carries_the_url()
    {
        var result = await Run("paths", "alpha", "north", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var item = doc.RootElement.GetProperty("paths")[0].GetProperty("hops")[0].GetProperty("tie").GetProperty("evidence")[0];
        Assert.Equal("https://news.example.net/truce-talks", item.GetProperty("url").GetString());
        Assert.Equal("2024-06-01", item.GetProperty("sourceDate").GetString());
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
