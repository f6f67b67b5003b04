using System.Collections.Immutable;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Input;
using ActorGraph.Reading.Output;
using ActorGraph.Reading.Rules;

namespace ActorGraph.Reading.Tests;

/// <summary>Deadlines resolve forward, peace agreements are not ceasefires, and known actors get the ids
/// <c>actorgraph import</c> gives them, so that reading into an imported seed adds no duplicate.</summary>
public class IdentityAndDateTests
{
    private static readonly DateOnly July20 = new(2025, 7, 20);

    [Theory]
    [InlineData("The two sides agreed to begin negotiations by August 8.", 2025, 8)]
    [InlineData("Talks are scheduled for September 3 in Geneva.", 2025, 9)]
    [InlineData("The rebels must withdraw until January 15, the envoy said.", 2026, 1)]
    [InlineData("The offensive began on August 8.", 2024, 8)]
    [InlineData("The ministers met on July 2.", 2025, 7)]
    public void A_month_and_day_resolves_forward_only_after_a_deadline_or_schedule(string sentence, int year, int month)
    {
        var date = Assert.Single(DateFinder.Find(sentence, July20)).Start;
        Assert.Equal((year, month), (date.Year, date.Month!.Value));
    }

    [Fact]
    public void A_month_alone_after_by_is_this_year()
    {
        var date = Assert.Single(DateFinder.Find("Both armies are to pull back by October.", July20)).Start;
        Assert.Equal((2025, 10), (date.Year, date.Month!.Value));
    }

    [Fact]
    public void A_peace_agreement_is_negotiated_not_a_ceasefire()
    {
        var result = ReportReader.ReadText("Norway brokered a peace agreement between Sudan and South Sudan in Oslo in June.",
            options: new ReadingOptions { Date = July20 });
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.AgreesCeasefire);
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Negotiates && new[] { r.Source, r.Target }.Order().SequenceEqual(["sdn", "ssd"]));
    }

    [Fact]
    public void A_ceasefire_beside_a_peace_deal_is_still_read()
    {
        var result = ReportReader.ReadText("Sudan and South Sudan agreed a ceasefire and signed a peace deal in Oslo.", options: new ReadingOptions { Date = July20 });
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.AgreesCeasefire);
    }

    [Fact]
    public void Known_actors_get_the_importers_canonical_ids()
    {
        var result = ReportReader.ReadText("The United Nations and Qatar urged the Government of Yemen and Hamas to free the detainees.",
            options: new ReadingOptions { Date = July20 });
        var ids = result.Actors.Select(a => a.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "uno", "qat", "yem-gov", "hms" }, ids);
    }

    [Fact]
    public void Reading_into_an_imported_seed_resolves_by_id_and_adds_no_duplicate()
    {
        // As `actorgraph import` names them: CAMEO-table names that the report never uses.
        var imported = new ActorGraphData(
        [
            new Actor("yem", "Yemen", ActorKind.State, ["Republic of Yemen"], "YEM"),
            new Actor("yem-gov", "Government of Yemen", ActorKind.Government, [], "YEM"),
            new Actor("uno", "United Nations Organisation (CAMEO UNO)", ActorKind.Organisation, []),
            new Actor("nat", "North Atlantic Treaty Organization (NATO)", ActorKind.Organisation, []),
        ], [], [], []);
        var result = ReportReader.ReadText("The UN envoy met the Yemeni government in Aden, and NATO welcomed the talks.",
            options: new ReadingOptions { Date = July20 });

        var merged = GraphMerger.Merge([result], imported);

        Assert.Contains(merged.Review, r => r.Kind == "actor" && r.Change == "known actor: yem-gov");
        Assert.Contains(merged.Review, r => r.Kind == "actor" && r.Change == "known actor: uno");
        Assert.Contains(merged.Review, r => r.Kind == "actor" && r.Change == "known actor: nat");
        Assert.DoesNotContain(merged.Graph.Actors, a => a.Id.EndsWith("-2", StringComparison.Ordinal));
        Assert.Single(merged.Graph.Actors, a => a.Kind == ActorKind.Government && a.Country == "YEM");
        Assert.All(merged.Graph.Relations, r => Assert.DoesNotContain("government-of", r.Source + r.Target, StringComparison.Ordinal));
    }

    [Fact]
    public void An_intelligence_agency_gets_its_states_spy_role_id_and_meets_the_imported_one()
    {
        var result = ReportReader.ReadText("Egyptian intelligence and Qatari intelligence met a Hamas delegation in Cairo on Monday.",
            options: new ReadingOptions { Date = July20 });
        var ids = result.Actors.Select(a => a.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "egy-spy", "qat-spy" }, ids);

        var imported = new ActorGraphData(
        [
            new Actor("egy", "Egypt", ActorKind.State, [], "EGY"),
            new Actor("egy-spy", "Intelligence of Egypt", ActorKind.Agency, [], "EGY"),
        ], [], [], []);
        var merged = GraphMerger.Merge([result], imported);
        Assert.Contains(merged.Review, r => r.Kind == "actor" && r.Change == "known actor: egy-spy");
        Assert.Single(merged.Graph.Actors, a => a.Kind == ActorKind.Agency && a.Country == "EGY");
    }
}
