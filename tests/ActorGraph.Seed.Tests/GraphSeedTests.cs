using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;

namespace ActorGraph.Seed.Tests;

/// <summary>The project's own seed (graph-seed/, encoding the report) loads and says what the report says.</summary>
public sealed class GraphSeedTests
{
    private static readonly Lazy<SeedLoadResult> Loaded = new(() => SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "graph-seed")));

    private static ActorGraphData Graph
    {
        get
        {
            var result = Loaded.Value;
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            return result.Graph!;
        }
    }

    [Fact]
    public void Seed_loads_without_errors_with_the_expected_counts()
    {
        Assert.Empty(Loaded.Value.Errors);
        Assert.Equal(18, Graph.Actors.Length);
        Assert.Equal(2, Graph.Processes.Length);
        Assert.Equal(24, Graph.Relations.Length);
        Assert.Single(Graph.Sources);
    }

    [Fact]
    public void Gaza_talks_have_egypt_qatar_turkey_as_mediators_and_not_the_united_states()
    {
        var gaza = Graph.ProcessesById["gaza-ceasefire-talks"];
        Assert.Equal(["egypt", "qatar", "turkey"], gaza.Mediators.Order());
        Assert.Equal(["hamas", "israel"], gaza.Parties.Order());
        Assert.Equal(ProcessStatus.Ongoing, gaza.Status);
        Assert.DoesNotContain("united-states", gaza.Mediators);
    }

    [Fact]
    public void Lebanon_ceasefire_is_agreed_through_the_united_states_and_france_with_an_outcome()
    {
        var lebanon = Graph.ProcessesById["israel-hezbollah-ceasefire"];
        Assert.Equal(["france", "united-states"], lebanon.Mediators.Order());
        Assert.Equal(ProcessStatus.Agreed, lebanon.Status);
        Assert.Single(lebanon.Outcomes);
        Assert.Equal("para 3", lebanon.Outcomes[0].Evidence.Single().Locator);
    }

    [Theory]
    [InlineData("U.S.", "united-states")]
    [InlineData("usa", "united-states")]
    [InlineData("United States of America", "united-states")]
    [InlineData("America", "united-states")]
    [InlineData("Türkiye", "turkey")]
    [InlineData("turkiye", "turkey")]
    [InlineData("Netanyahu", "benjamin-netanyahu")]
    [InlineData("Bibi", "benjamin-netanyahu")]
    [InlineData("Biden", "joe-biden")]
    [InlineData("Rashad", "hassan-rashad")]
    [InlineData("GIS", "egypt-gis")]
    [InlineData("egyptian intelligence", "egypt-gis")]
    [InlineData("Hizbullah", "hezbollah")]
    [InlineData("Hizballah", "hezbollah")]
    public void Aliases_users_type_resolve_to_one_actor(string typed, string expectedId)
    {
        var resolution = new ActorResolver(Graph).Resolve(typed);
        var found = Assert.IsType<ActorResolution.Found>(resolution);
        Assert.Equal(expectedId, found.Actor.Id);
    }

    [Fact]
    public void Every_relation_and_process_cites_a_paragraph_of_the_report()
    {
        var evidence = Graph.Relations.SelectMany(r => r.Evidence.Select(e => (What: r.Id, Evidence: e)))
            .Concat(Graph.Processes.SelectMany(p => p.Evidence.Select(e => (What: p.Id, Evidence: e))));
        Assert.All(Graph.Relations, r => Assert.NotEmpty(r.Evidence));
        Assert.All(Graph.Processes, p => Assert.NotEmpty(p.Evidence));
        Assert.All(evidence, x =>
        {
            Assert.Equal("report-hamas-egypt-talks", x.Evidence.SourceId);
            Assert.Matches("^para [1-5]$", x.Evidence.Locator);
            Assert.False(string.IsNullOrWhiteSpace(x.Evidence.Note), x.What);
        });
    }

    [Fact]
    public void Notes_do_not_copy_the_report_sentences()
    {
        var notes = Graph.Relations.SelectMany(r => r.Evidence).Concat(Graph.Processes.SelectMany(p => p.Evidence))
            .Select(e => e.Note!).Distinct().ToList();
        // No note repeats the report's wording (checked against its most quotable phrases).
        string[] reportPhrases =
        [
            "working hard to broker a ceasefire and a possible prisoner exchange",
            "has accused Hamas of stalling negotiations and lacking genuine interest",
            "instructed envoys to engage with key regional players",
            "playing a mediation role",
        ];
        Assert.All(notes, n => Assert.DoesNotContain(reportPhrases, p => n.Contains(p, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Hamas_sourced_facts_are_claimed_with_confidence_below_one()
    {
        var meeting = Graph.Relations.Single(r => r.Source == "hamas-delegation" && r.Target == "egypt-gis");
        Assert.Equal(RelationVocabulary.Meets, meeting.Kind);
        Assert.Equal(Modality.Claimed, meeting.Modality);
        Assert.True(meeting.Confidence < 1);

        var pressure = Graph.Relations.Single(r => r.Kind == RelationVocabulary.Pressures);
        Assert.Equal(("united-states", "israel", Modality.Hoped), (pressure.Source, pressure.Target, pressure.Modality));

        var war = Graph.Relations.Single(r => r.Kind == RelationVocabulary.ArmedConflict && r.Target == "hamas");
        Assert.Equal(new DateOnly(2023, 10, 7), war.When.Start);
        Assert.Null(war.When.End);
    }

    [Fact]
    public void Leadership_ties_are_encoded()
    {
        bool Has(string s, RelationKind k, string t) => Graph.Relations.Any(r => r.Source == s && r.Kind == k && r.Target == t);
        Assert.True(Has("hassan-rashad", RelationVocabulary.Leads, "egypt-gis"));
        Assert.True(Has("egypt-gis", RelationVocabulary.PartOf, "egypt"));
        Assert.True(Has("benjamin-netanyahu", RelationVocabulary.Leads, "israel"));
        Assert.True(Has("joe-biden", RelationVocabulary.Leads, "united-states"));
        Assert.True(Has("hezbollah", RelationVocabulary.BasedIn, "lebanon"));
    }
}
