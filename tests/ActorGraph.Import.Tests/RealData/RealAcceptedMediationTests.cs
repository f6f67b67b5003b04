using ActorGraph.Core.Model;
using ActorGraph.Import.Icews;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.RealData;

/// <summary>CAMEO 038 "express intent to accept mediation" names the party as the source and the mediator as the
/// target ("Israel said it would accept US mediation"): rows of the real GDELT export and ICEWS sample recoded to 038
/// at run time must make the target the mediator, and count as mediation coded by one report. CAMEO 028 (an appeal for
/// mediation) asks and shows no mediator: it makes no process.</summary>
public class RealAcceptedMediationTests
{
    private static readonly string Icews = RealFiles.Path("icews/events.2018.sample.tab");
    private static readonly string Gdelt = RealFiles.Path("gdelt2/20180326044500.export.CSV");

    // ICEWS columns: Source Name, Sectors, Country (2..4); Event Text, CAMEO Code (5, 6); Target Name, Sectors,
    // Country (8..10); Story ID (11).
    private const int IcewsSource = 2, IcewsText = 5, IcewsCode = 6, IcewsTarget = 8, IcewsStory = 11;

    [Fact]
    public void A_party_accepting_the_mediation_of_an_actor_who_mediates_with_the_other_in_one_article_makes_that_mediator()
    {
        // Per article, an actor X with cooperative rows with A and B: X–A recoded as "A will accept X's mediation"
        // (038, A coded first), X–B as X mediating with B (045). The 045-only recoding is the reference for who is who.
        var lines = File.ReadAllLines(Gdelt);
        var picks = GdeltRecode.MediatorWithTwo(lines).Take(8).ToList();
        var both = picks.SelectMany(p => new[] { p.First, p.Second }).ToList();
        var reference = Run.Gdelt(GdeltRecode.AsMediation(lines, both).Select(l => l + "\n")).Graph;
        var accepted = GdeltRecode.AsAcceptedMediation(lines, picks.Select(p => p.First));

        var graph = Run.Gdelt(GdeltRecode.AsMediation(accepted, picks.Select(p => p.Second)).Select(l => l + "\n")).Graph;

        var triangles = new List<(string M, string A, string B)>();
        foreach (var (first, second) in picks)
        {
            var (m, a) = GdeltRecode.Ends(reference, first);
            var (m2, b) = GdeltRecode.Ends(reference, second);
            if (m is null || m != m2 || a == b) continue; // a side that is no actor (a bare role) or the same actor twice
            // The mediator is the 038 row's Actor2, and the tie runs from it to the accepting party.
            Assert.Equal((m, a), GdeltRecode.Ends(graph, first));
            var tie = graph.Relations.Single(r => r.Kind == RelationVocabulary.Mediates && r.Evidence.Any(e => e.Locator == $"GDELT event {first}"));
            Assert.Equal(Modality.Hoped, tie.Modality);
            Assert.Contains("mediation", tie.Topics);
            Assert.Contains(graph.Processes, p => p.Mediators.Contains(m) && MediationChecks.Same(p.Parties, a!, b!));
            triangles.Add((m, a!, b!));
        }
        Assert.NotEmpty(triangles);

        // The acceptance reported by another article, with nothing between the two parties: no process.
        var apartLines = GdeltRecode.AsAcceptedMediation(lines, picks.Select(p => p.First), separateReports: picks.Select(p => p.First).ToHashSet());
        var apart = Run.Gdelt(GdeltRecode.AsMediation(apartLines, picks.Select(p => p.Second)).Select(l => l + "\n")).Graph;
        var original = Run.Gdelt(lines.Select(l => l + "\n")).Graph;
        var unopposed = triangles.Where(t => !MediationChecks.HostileBetween(original, t.A, t.B)).ToList();
        Assert.NotEmpty(unopposed);
        foreach (var (m, a, b) in unopposed)
            Assert.DoesNotContain(apart.Processes, p => p.Mediators.Contains(m) && MediationChecks.Same(p.Parties, a, b));
    }

    [Fact]
    public void A_fighter_accepting_an_actors_mediation_in_an_article_about_the_fight_makes_a_one_sided_mediator()
    {
        var lines = File.ReadAllLines(Gdelt);
        var picks = GdeltRecode.MediatorWithOneFighter(lines).Take(6).ToList();
        Assert.NotEmpty(picks);
        var found = 0;
        foreach (var pick in picks)
        {
            var graph = Run.Gdelt(GdeltRecode.AsAcceptedMediation(lines, [pick]).Select(l => l + "\n")).Graph;
            var (m, a) = GdeltRecode.Ends(graph, pick);
            if (m is null || !MediationChecks.FightInSameArticle(graph, m, a!)) continue;
            var process = Assert.Single(graph.Processes, p => p.Mediators.Contains(m) && p.Parties.Contains(a!));
            Assert.Contains("one side", process.Name, StringComparison.Ordinal);
            Assert.Equal(ProcessStatus.Proposed, process.Status);
            found++;

            // The fighter alone, reported elsewhere: nothing ties the acceptance to that fight.
            var moved = Run.Gdelt(GdeltRecode.AsAcceptedMediation(lines, [pick], separateReports: new HashSet<long> { pick }).Select(l => l + "\n")).Graph;
            Assert.DoesNotContain(moved.Processes, p => p.Mediators.Contains(m) && p.Parties.Contains(a!));
        }
        Assert.True(found > 0, "no recoded row had a mediator actor");
    }

    [Fact]
    public void The_icews_mediation_row_coded_as_ortega_accepting_the_bishops_mediation_finds_the_bishop()
    {
        // The sample's 045 row (a Catholic bishop mediates with Daniel Ortega) written as ICEWS codes the other
        // reading: Ortega (source) will accept the bishop's (target) mediation. Story 47404367 also codes Ortega and
        // the opposition accusing each other.
        var lines = File.ReadAllLines(Icews);

        var graph = Run.Import(new IcewsEventReader(), Recode(lines, "038", swap: true, story: null), "events.tab").Graph;

        var tie = Assert.Single(graph.Relations, r => r.Kind == RelationVocabulary.Mediates);
        Assert.Equal(("catholic-bishop-nicaragua", "daniel-ortega"), (tie.Source, tie.Target));
        Assert.Equal(Modality.Hoped, tie.Modality);
        var process = Assert.Single(graph.Processes);
        Assert.Equal([tie.Source], process.Mediators.ToArray());
        Assert.Equal(["daniel-ortega", "people-associated-with-the-opposition-nicaragua"], process.Parties.ToArray());
        Assert.Equal(ProcessStatus.Proposed, process.Status);

        // The same row from another story: nothing in its report is there to mediate.
        var apart = Run.Import(new IcewsEventReader(), Recode(lines, "038", swap: true, story: "1"), "events.tab").Graph;
        Assert.Contains(apart.Relations, r => r.Kind == RelationVocabulary.Mediates && r.Source == tie.Source);
        Assert.Empty(apart.Processes);
    }

    [Fact]
    public void An_icews_appeal_for_mediation_is_an_appeal_on_mediation_and_no_mediator()
    {
        // CAMEO 028 "appeal to engage in or accept mediation": the source asks; whom it asks may be a would-be
        // mediator or a party asked to accept one, and nobody is shown mediating.
        var lines = File.ReadAllLines(Icews);

        var graph = Run.Import(new IcewsEventReader(), Recode(lines, "028", swap: false, story: null), "events.tab").Graph;

        var appeal = Assert.Single(graph.Relations, r => r.Topics.Contains("mediation"));
        Assert.Equal(RelationVocabulary.Engages, appeal.Kind);
        Assert.Equal(("catholic-bishop-nicaragua", "daniel-ortega"), (appeal.Source, appeal.Target));
        Assert.DoesNotContain(graph.Relations, r => r.Kind == RelationVocabulary.Mediates);
        Assert.Empty(graph.Processes);
    }

    /// <summary>The sample's lines with its 045 rows recoded to <paramref name="code"/>, source and target swapped
    /// when asked, and moved to another story when <paramref name="story"/> is given.</summary>
    private static List<string> Recode(string[] lines, string code, bool swap, string? story)
    {
        var rows = 0;
        var result = lines.Select(line =>
        {
            var c = line.Split('\t');
            if (c.Length <= IcewsStory || c[IcewsCode] != "045") return line + "\n";
            rows++;
            c[IcewsCode] = code;
            c[IcewsText] = code == "038" ? "Express intent to accept mediation" : "Appeal to engage in or accept mediation";
            if (swap)
                for (var i = 0; i < 3; i++) (c[IcewsSource + i], c[IcewsTarget + i]) = (c[IcewsTarget + i], c[IcewsSource + i]);
            if (story is not null) c[IcewsStory] = story;
            return string.Join('\t', c) + "\n";
        }).ToList();
        Assert.Equal(1, rows);
        return result;
    }
}
