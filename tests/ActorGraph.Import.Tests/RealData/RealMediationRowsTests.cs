using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Import.Icews;
using ActorGraph.Import.Plover;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.RealData;

/// <summary>"A mediator the data shows is found": every row of the real files that codes mediation (PLOVER's
/// mediation records, ICEWS's CAMEO 045 rows) and rows of the real GDELT export recoded as mediation, read from the
/// files at run time, must give an inferred process with that third party; the same ties from separate reports,
/// with nothing between the parties, must give none.</summary>
public class RealMediationRowsTests
{
    private static readonly string Plover = RealFiles.Path("plover/PLOVER_GSR_CAMEO.json");
    private static readonly string Icews = RealFiles.Path("icews/events.2018.sample.tab");
    private static readonly string Gdelt = RealFiles.Path("gdelt2/20180326044500.export.CSV");

    [Fact]
    public void Every_plover_record_of_a_mediator_between_two_coded_sides_gives_that_mediator_between_them()
    {
        // Records whose category is a mediation (CONSULT or AGREE said of mediation) with one source and two recipients:
        // "Qatar's emir launched a mediation effort between the Emirates and Saudi Arabia".
        using var json = JsonDocument.Parse(File.ReadAllText(Plover));
        var records = json.RootElement.EnumerateArray()
            .Where(r => r.TryGetProperty("event", out var e) && e.GetString() is "CONSULT" or "AGREE"
                        && Says(r, "mediat") && !Says(r, "mediator") && Count(r, "source") == 1 && Count(r, "target") == 2)
            .Select(r => r.GetProperty("id").GetString()!)
            .ToList();
        Assert.True(records.Count >= 3, $"the gold-standard file has {records.Count} such records");

        var graph = EventImporter.Import(new PloverEventReader(), [Plover], ImportOptions.Default).Graph;

        foreach (var id in records)
        {
            var ties = graph.Relations.Where(r => r.Kind == RelationVocabulary.Mediates && r.Evidence.Any(e => e.Locator == $"PLOVER event {id}")).ToList();
            Assert.True(ties.Count == 2, $"{id}: {ties.Count} mediation ties");
            var mediator = ties[0].Source;
            var sides = ties.Select(t => t.Target).Order(StringComparer.Ordinal).ToArray();
            var process = Assert.Single(graph.Processes, p => p.Parties.Order(StringComparer.Ordinal).SequenceEqual(sides));
            Assert.Equal([mediator], process.Mediators.ToArray());
            Assert.True(process.Inferred);
            Assert.Contains("one report", process.Evidence[0].Note, StringComparison.Ordinal);
            Assert.Contains(process.Evidence, e => graph.SourcesById.GetValueOrDefault(e.SourceId)?.Title == $"PLOVER record {id}");
        }
        // The Gambian president "will visit ... to mediate": an intent, so the process is proposed, not under way.
        Assert.Equal(ProcessStatus.Proposed, Assert.Single(graph.Processes, p => p.Parties.SequenceEqual(["mrt", "sen"])).Status);
        Assert.Equal(ProcessStatus.Ongoing, Assert.Single(graph.Processes, p => p.Parties.SequenceEqual(["are", "sau"])).Status);
    }

    [Theory]
    // "Israeli Prime Minister Ehud Barak has agreed to US mediation": the US is the mediator (CAMEO 038's target).
    [InlineData("PLOVER-GSR01-AGREE-0039", "usa", "isr-gov")]
    // "Afghan rebel leaders said ... they would meet U.N. mediator Diego Cordovez".
    [InlineData("PLOVER-GSR01-AGREE-0038", "uno", "afg-reb")]
    // "Gambian President Dawda Jawara will visit Mauritania and Senegal to mediate": the source mediates (CAMEO 039).
    [InlineData("PLOVER-GSR01-AGREE-0040", "gmb-gov", "mrt")]
    public void A_plover_record_accepting_mediation_makes_the_recipient_the_mediator(string record, string mediator, string party)
    {
        var graph = EventImporter.Import(new PloverEventReader(), [Plover], ImportOptions.Default).Graph;

        var tie = Assert.Single(graph.Relations, r => r.Kind == RelationVocabulary.Mediates && r.Evidence.Any(e => e.Locator == $"PLOVER event {record}") && r.Target == party);
        Assert.Equal(mediator, tie.Source);
        Assert.Equal(Modality.Hoped, tie.Modality);
    }

    [Fact]
    public void An_officer_of_an_organisation_coded_igo_is_the_organisation()
    {
        // "Arab League Secretary General Chadli Klibi" (CONSULT-0008) and "... Chedli Klibi" (another record), both coded
        // IGO: the Arab League (CAMEO ARL), one actor, as GDELT's IGOARL; the officer's spellings are its aliases.
        var graph = EventImporter.Import(new PloverEventReader(), [Plover], ImportOptions.Default).Graph;

        var league = Assert.Single(graph.Actors, a => a.Name == "Arab League");
        Assert.Contains("Arab League Secretary General Chadli Klibi", league.Aliases);
        Assert.DoesNotContain(graph.Actors, a => a.Id.Contains("klibi", StringComparison.Ordinal));
        Assert.Contains(graph.Processes, p => p.Mediators.Contains(league.Id) && p.Parties.Contains("syr"));
    }

    [Fact]
    public void The_icews_mediation_row_with_one_side_is_read_against_the_conflict_its_story_reports()
    {
        // The sample's one 045 row: a Catholic bishop mediates with Daniel Ortega (story 47404367, sentence 4); the same
        // story codes Ortega and "People Associated with the Opposition" accusing each other (sentence 6).
        var rows = File.ReadLines(Icews).Skip(1).Select(l => l.Split('\t')).Where(c => c[6] == "045").ToList();
        Assert.NotEmpty(rows);

        var graph = EventImporter.Import(new IcewsEventReader(), [Icews], ImportOptions.Default).Graph;

        foreach (var row in rows)
        {
            var tie = Assert.Single(graph.Relations, r => r.Kind == RelationVocabulary.Mediates
                && r.Evidence.Any(e => e.Locator == $"sentence {row[12]}" && graph.SourcesById.GetValueOrDefault(e.SourceId)?.Title == $"ICEWS story {row[11]}"));
            var process = Assert.Single(graph.Processes, p => p.Mediators.Contains(tie.Source) && p.Parties.Contains(tie.Target));
            Assert.True(process.Inferred);
            Assert.True(process.Confidence <= 0.3, $"one-sided mediation at confidence {process.Confidence}");
            Assert.Contains("one side", process.Name, StringComparison.Ordinal);
            var other = process.Parties.Single(p => p != tie.Target);
            Assert.True(MediationChecks.HostileBetween(graph, tie.Target, other));
        }
        var ortega = Assert.Single(graph.Processes);
        Assert.Equal(["daniel-ortega", "people-associated-with-the-opposition-nicaragua"], ortega.Parties.ToArray());
    }

    [Fact]
    public void Rows_of_one_article_recoded_as_mediation_with_two_actors_make_that_mediator_and_separate_reports_do_not()
    {
        // From the real export: in each article, an actor with cooperative rows (CAMEO roots 01-05) with two other
        // actors; those two rows recoded as 045 are what a day with mediation looks like.
        var lines = File.ReadAllLines(Gdelt);
        var picks = GdeltRecode.MediatorWithTwo(lines).Take(8).ToList();
        Assert.NotEmpty(picks);
        var recoded = GdeltRecode.AsMediation(lines, picks.SelectMany(p => new[] { p.First, p.Second }));
        var original = Run.Gdelt(lines.Select(l => l + "\n")).Graph;

        var graph = Run.Gdelt(recoded.Select(l => l + "\n")).Graph;

        var triangles = new List<(string M, string A, string B)>();
        foreach (var (first, second) in picks)
        {
            var (m, a) = GdeltRecode.Ends(graph, first);
            var (m2, b) = GdeltRecode.Ends(graph, second);
            if (m is null || m != m2 || a == b) continue; // a side that is no actor (a bare role) or the same actor twice
            triangles.Add((m, a!, b!));
            Assert.Contains(graph.Processes, p => p.Mediators.Contains(m) && MediationChecks.Same(p.Parties, a!, b!));
        }
        Assert.NotEmpty(triangles);
        Assert.Empty(original.Processes);

        // The same rows from separate reports (each second row given its own URL), with no hostility between the two
        // actors in the file, make no process: two unrelated reports of mediation prove nothing about the pair.
        var separate = GdeltRecode.AsMediation(lines, picks.SelectMany(p => new[] { p.First, p.Second }), separateReports: picks.Select(p => p.Second).ToHashSet());
        var apart = Run.Gdelt(separate.Select(l => l + "\n")).Graph;
        var unopposed = triangles.Where(t => !MediationChecks.HostileBetween(original, t.A, t.B)).ToList();
        Assert.NotEmpty(unopposed);
        foreach (var (m, a, b) in unopposed)
            Assert.DoesNotContain(apart.Processes, p => p.Mediators.Contains(m) && MediationChecks.Same(p.Parties, a, b));
    }

    [Fact]
    public void A_row_of_an_article_about_a_fight_recoded_as_mediation_with_one_fighter_makes_a_one_sided_mediator()
    {
        var lines = File.ReadAllLines(Gdelt);
        var picks = GdeltRecode.MediatorWithOneFighter(lines).ToList();
        Assert.NotEmpty(picks);
        var found = 0;
        foreach (var pick in picks)
        {
            var graph = Run.Gdelt(GdeltRecode.AsMediation(lines, [pick]).Select(l => l + "\n")).Graph;
            var (m, a) = GdeltRecode.Ends(graph, pick);
            // The fight must be between two actors (not a bare role) and not with the recoded mediator itself.
            if (m is null || !MediationChecks.FightInSameArticle(graph, m, a!)) continue;
            var process = Assert.Single(graph.Processes, p => p.Mediators.Contains(m) && p.Parties.Contains(a!));
            Assert.Contains("one side", process.Name, StringComparison.Ordinal);
            Assert.True(process.Confidence <= 0.3);
            found++;

            // The same row from another article: nothing ties the mediation to that fight.
            var moved = Run.Gdelt(GdeltRecode.AsMediation(lines, [pick], separateReports: new HashSet<long> { pick }).Select(l => l + "\n")).Graph;
            Assert.DoesNotContain(moved.Processes, p => p.Mediators.Contains(m) && p.Parties.Contains(a!));
        }
        Assert.True(found > 0, "no recoded row had a mediator actor");
    }

    private static bool Says(JsonElement record, string word) =>
        new[] { "eventText", "context", "mode" }.Any(f => record.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String
            && v.GetString()!.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static int Count(JsonElement record, string field) =>
        record.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : 0;
}
