using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>Classes of sentences the blind reports 77-81 (fourteenth session, reports) showed the reader missing: an office
/// holder named after the office ("the former Secretary-General, NAME", "The President of the X Commission, Dr NAME"), a
/// former state, bodies defined with an acronym in another language or with an elided word, "the government" when the report
/// names only its state, and a collective name a text gives to the actors it lists. Sentences written for these tests.</summary>
public class BlindReportPatternTests
{
    [Theory]
    [InlineData("Talks between Chad and Sudan began under the auspices of the former Secretary-General, Marta Lindqvist.", "Marta Lindqvist")]
    [InlineData("The President of the Sahel Commission, Dr Amadou Keita, welcomed the accord on Monday.", "Amadou Keita")]
    [InlineData("The talks were conducted by Pedro de Almeida, the Personal Representative of the Secretary-General.", "Pedro de Almeida")]
    public void An_office_holder_named_after_the_office_is_a_person(string sentence, string name)
    {
        var person = Assert.Single(ReportReader.ReadText(sentence).Actors, a => a.Name == name);
        Assert.Equal(ActorKind.Person, person.Kind);
    }

    [Fact]
    public void The_head_of_an_organisations_commission_named_after_it_is_tied_to_it()
    {
        var result = ReportReader.ReadText("The President of the ECOWAS Commission, Dr Amadou Keita, welcomed the accord on Monday.");
        var person = Assert.Single(result.Actors, a => a.Name == "Amadou Keita");
        var office = Assert.Single(result.Relations, r => r.Source == person.Id);
        Assert.Contains("ECOWAS", result.Actors.Single(a => a.Id == office.Target).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_former_state_is_read_with_its_head()
    {
        var result = ReportReader.ReadText("President Mobutu Sese Seko of Zaire received the two delegations on Friday.");
        var zaire = Assert.Single(result.Actors, a => a.Name == "Zaire");
        Assert.Equal(ActorKind.State, zaire.Kind);
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Leads && r.Target == zaire.Id);
    }

    [Fact]
    public void A_rebel_front_named_in_spanish_with_its_acronym_is_an_armed_group()
    {
        var result = ReportReader.ReadText("The Government of Honduras and the Frente Morazanista para la Liberación de Honduras (FMLH) signed an accord.");
        var front = Assert.Single(result.Actors, a => a.Name == "Frente Morazanista para la Liberación de Honduras");
        Assert.Equal(ActorKind.ArmedGroup, front.Kind);
        Assert.Contains("FMLH", front.Aliases);
    }

    [Theory]
    [InlineData("The United Nations Operation in Côte d'Ivoire (UNOCI) will leave the buffer zone.", "UNOCI")]
    [InlineData("The United Nations Operation in Burundi (ONUB) left the country in 2006.", "ONUB")]
    public void An_organisations_operation_with_its_acronym_is_a_body_of_it(string sentence, string acronym)
    {
        var result = ReportReader.ReadText(sentence);
        var operation = Assert.Single(result.Actors, a => a.Aliases.Contains(acronym));
        Assert.StartsWith("United Nations Operation in", operation.Name, StringComparison.Ordinal);
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.PartOf && r.Source == operation.Id);
    }

    [Fact]
    public void The_government_with_none_named_is_that_of_the_state_whose_rebels_the_report_names()
    {
        var result = ReportReader.ReadText("Fighting in Togo between the army and the Patriotic Movement for the Liberation of Togo (PMLT) began in 1990. "
            + "In 1992 Ghana began to mediate between the government and the PMLT.");
        var government = Assert.Single(result.Actors, a => a.Kind == ActorKind.Government);
        Assert.Equal("TGO", government.Country);
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Mediates && r.Source == "gha" && r.Target == government.Id);
    }

    [Fact]
    public void A_collective_name_for_listed_states_stands_for_all_of_them()
    {
        var result = ReportReader.ReadText("Chad and Sudan, together with Kenya, Uganda and Tanzania (hereinafter \"the Guarantors\"), met in Nairobi.\n\n"
            + "The Guarantors have mediated between the Parties since 1995.");
        Assert.DoesNotContain(result.Actors, a => a.Aliases.Contains("Guarantors"));
        var mediators = result.Relations.Where(r => r.Kind == RelationVocabulary.Mediates).Select(r => r.Source).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["ken", "tza", "uga"], mediators);
    }

    [Fact]
    public void A_collective_name_after_an_aside_that_follows_the_list_stands_for_the_list()
    {
        var result = ReportReader.ReadText("Chad and Sudan met in Nairobi with Kenya, Uganda and Tanzania, Guarantor States of the Accord of Arusha of 1990 "
            + "(hereinafter \"the Guarantors\").\n\nThe Guarantors have mediated between the Parties since 1995.");
        var mediators = result.Relations.Where(r => r.Kind == RelationVocabulary.Mediates).Select(r => r.Source).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["ken", "tza", "uga"], mediators);
    }

    [Fact]
    public void A_plural_title_over_several_states_gives_each_holder_the_title_in_the_state_before_them()
    {
        var result = ReportReader.ReadText("The Presidents of Kenya, Daniel Moi, of Uganda, Yoweri Museveni, and of Tanzania, Benjamin Mkapa, attended as witnesses.");
        foreach (var (name, state) in new[] { ("Daniel Moi", "ken"), ("Yoweri Museveni", "uga"), ("Benjamin Mkapa", "tza") })
        {
            var person = Assert.Single(result.Actors, a => a.Name == name);
            Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Leads && r.Source == person.Id && r.Target == state);
        }
    }

    [Fact]
    public void A_plural_name_after_an_aside_with_no_list_before_it_defines_no_group()
    {
        var result = ReportReader.ReadText("Kenya, a guarantor of the Accord of Arusha of 1990 (hereinafter \"the Guarantors\"), met Chad in Nairobi.\n\n"
            + "The Guarantors have mediated between the Parties since 1995.");
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Mediates && r.Source == "tcd");
    }
}
