using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>Bodies the tables do not know, found by a capitalised name ending in a body's head noun; generic
/// phrases and parts of known names are not made into actors.</summary>
public class UnknownBodyTests
{
    [Theory]
    [InlineData("The Joint Monitoring Commission met in Juba on Monday with envoys from Kenya.", "Joint Monitoring Commission", ActorKind.Organisation)]
    [InlineData("Fighters of the Patriotic Liberation Front attacked an army post near the border.", "Patriotic Liberation Front", ActorKind.ArmedGroup)]
    [InlineData("Kenya and Uganda asked the Trilateral Contact Group to meet again.", "Trilateral Contact Group", ActorKind.Organisation)]
    public void A_capitalised_name_ending_in_a_body_noun_is_a_new_actor(string sentence, string name, ActorKind kind)
    {
        var actor = Assert.Single(ReportReader.ReadText(sentence).Actors, a => a.Name == name);
        Assert.Equal(kind, actor.Kind);
        Assert.Equal("unknown-body", actor.Rule);
    }

    [Fact]
    public void Two_names_sharing_a_plural_head_are_two_bodies_each_paired_with_the_other_side()
    {
        var result = ReportReader.ReadText("Moldova and the separatist Gagauz and Taraclia people's republics agreed to a ceasefire on Monday.");
        var gagauz = Assert.Single(result.Actors, a => a.Name == "Gagauz People's Republic");
        var taraclia = Assert.Single(result.Actors, a => a.Name == "Taraclia People's Republic");
        Assert.Equal(ActorKind.ArmedGroup, gagauz.Kind);
        var ceasefires = result.Relations.Where(r => r.Kind == RelationVocabulary.AgreesCeasefire).Select(r => (r.Source, r.Target)).ToList();
        Assert.Equal(2, ceasefires.Count);
        Assert.Contains(ceasefires, p => p.Source.Contains("mda") || p.Target.Contains("mda"));
        Assert.DoesNotContain(ceasefires, p => (p.Source == gagauz.Id && p.Target == taraclia.Id) || (p.Source == taraclia.Id && p.Target == gagauz.Id));
    }

    [Theory]
    [InlineData("French and German armies held joint exercises near Strasbourg.", "Army")]
    [InlineData("Kenya and Uganda parties met in Kampala on Monday.", "Party")]
    public void Known_names_before_a_plural_head_are_not_new_bodies(string sentence, string head) =>
        Assert.DoesNotContain(ReportReader.ReadText(sentence).Actors, a => a.Name.EndsWith(head, StringComparison.Ordinal) && a.Rule == "unknown-body");

    [Theory]
    [InlineData("The Sudanese Armed Forces shelled the city on Monday.", "Armed Forces")]
    [InlineData("The General Assembly voted on Monday after Kenya spoke.", "General Assembly")]
    [InlineData("The talks resumed in Nairobi, the Kenyan Security Forces said.", "Security Forces")]
    public void Generic_phrases_and_parts_of_known_names_are_not_new_actors(string sentence, string notAnActor) =>
        Assert.DoesNotContain(ReportReader.ReadText(sentence).Actors, a => a.Name.Contains(notAnActor, StringComparison.OrdinalIgnoreCase) && a.Rule == "unknown-body");

    [Fact]
    public void A_body_name_goes_on_through_for_and_of_links_and_takes_its_bracketed_acronym()
    {
        var result = ReportReader.ReadText("Kenya welcomed the pledge of the Democratic Front for the Liberation of the Republic of Chad (FDLRT) and of the Joint Monitoring Commission in Juba.");
        var bodies = result.Actors.Where(a => a.Rule == "unknown-body").OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(["Democratic Front for the Liberation of the Republic of Chad", "Joint Monitoring Commission"], bodies.Select(a => a.Name));
        Assert.Equal(ActorKind.ArmedGroup, bodies[0].Kind);
        Assert.Equal("TCD", bodies[0].Country);
        Assert.Equal(["FDLRT"], bodies[0].Aliases);
        Assert.Empty(bodies[1].Aliases);
        Assert.Null(bodies[1].Country);
    }

    [Theory]
    [InlineData("Moscow and Kyiv asked the Trilateral Contact Group of Ukraine to meet again.", "Trilateral Contact Group")]
    [InlineData("The Patriotic Liberation Front in Darfur attacked an army post.", "Patriotic Liberation Front")]
    public void A_known_name_or_a_place_after_the_head_is_not_part_of_the_body(string sentence, string name) =>
        Assert.Equal([name], ReportReader.ReadText(sentence).Actors.Where(a => a.Rule == "unknown-body").Select(a => a.Name));

    [Fact]
    public void A_head_of_state_title_leads_the_state_named_only_inside_a_new_body_of_the_sentence()
    {
        var result = ReportReader.ReadText("Chad signed the text on Monday. The envoy thanked President Idriss Mahamat and the Democratic Front for the Liberation of the Republic of Chad (FDLRT).");
        var person = Assert.Single(result.Actors, a => a.Name == "Idriss Mahamat");
        Assert.Equal([("tcd", RelationVocabulary.Leads)], result.Relations.Where(r => r.Source == person.Id).Select(r => (r.Target, r.Kind)));
    }

    [Fact]
    public void A_body_of_a_known_organisation_goes_on_to_the_acronym_that_defines_it_and_no_further_without_one()
    {
        var result = ReportReader.ReadText("Envoys praised the United Nations Integrated Support Mission in the Republic of Chad (MINUTCH) and the African Union Liaison Mission in Chad on Monday.");
        var bodies = result.Actors.Where(a => a.Rule == "body-of-organisation").OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(["African Union Liaison Mission", "United Nations Integrated Support Mission in the Republic of Chad"], bodies.Select(a => a.Name));
        Assert.Empty(bodies[0].Aliases);
        Assert.Equal(["MINUTCH"], bodies[1].Aliases);
    }
}
