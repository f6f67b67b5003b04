using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14, general mediation cues: mediating acts in forms the narrow rules did not know (weak verbs with talks as their
/// object, their passives, frames naming the mediator after "of" or as a possessor, "brought together", "to the negotiating table",
/// "at the invitation of X, A and B met", "acted as an honest broker", "appointed NAME as its mediator", a co-mediator after "together
/// with", agent lists set out in titled segments) and their arguments, each with counter-examples that use the same words for no
/// mediation. Sentences and names written for these tests.</summary>
public class GeneralMediationCueTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    private static ProposedProcess MediatedBy(ReadingResult result, string mediator)
    {
        var id = Id(result, mediator);
        Assert.NotNull(id);
        return Assert.Single(result.Processes, p => p.Mediators.Contains(id));
    }

    private static void HasParties(ReadingResult result, ProposedProcess process, params string[] names)
    {
        foreach (var name in names)
        {
            var id = Id(result, name);
            Assert.NotNull(id);
            Assert.Contains(id, process.Parties);
        }
    }

    private static bool Mediates(ReadingResult result, string name) =>
        Id(result, name) is { } id && result.Processes.Any(p => p.Mediators.Contains(id));

    [Theory]
    [InlineData("Switzerland shepherded the negotiations between Armenia and Turkey.")]
    [InlineData("The negotiations between Armenia and Turkey were overseen by Switzerland.")]
    [InlineData("Switzerland acted as an honest broker between Armenia and Turkey.")]
    [InlineData("Switzerland served as a broker between Armenia and Turkey in 2009.")]
    [InlineData("Switzerland lent its good offices to the talks between Armenia and Turkey.")]
    [InlineData("Under the aegis of Switzerland, Armenia and Turkey signed two protocols.")]
    [InlineData("Under Switzerland's sponsorship, Armenia and Turkey resumed talks.")]
    [InlineData("At the invitation of Switzerland, Armenia and Turkey met in Zurich and signed two protocols.")]
    [InlineData("Switzerland brought together Armenia and Turkey in Zurich.")]
    [InlineData("Switzerland brought Armenia and Turkey to the negotiating table.")]
    public void A_mediating_act_in_a_general_form_names_the_mediator_and_the_parties(string text)
    {
        var result = Read(text);
        var process = MediatedBy(result, "Switzerland");
        HasParties(result, process, "Armenia", "Turkey");
        Assert.DoesNotContain(Id(result, "Switzerland"), process.Parties);
    }

    [Theory]
    [InlineData("Shares of the broker firm fell after Turkey raised interest rates and Armenia cut them.")]
    [InlineData("Switzerland hosted a dinner for the ambassadors of Armenia and Turkey.")]
    [InlineData("The conference brought together experts from Armenia and Turkey's universities.")]
    [InlineData("Under the aegis of Switzerland's culture ministry, a festival of Armenian and Turkish film opened in Bern.")]
    [InlineData("Weapons will be collected by Switzerland at the invitation of the President of Armenia.")]
    [InlineData("Switzerland chaired a committee on fisheries with Armenia and Turkey.")]
    [InlineData("Switzerland chaired talks with Turkey on trade and tariffs in Geneva last week.")]
    public void The_same_words_for_no_mediation_name_no_mediator(string text)
    {
        var result = Read(text);
        Assert.False(Mediates(result, "Switzerland"));
    }

    [Fact]
    public void Titled_envoys_listed_after_a_by_phrase_all_mediate_and_neither_body_is_a_party()
    {
        var result = Read("The negotiations between Serbia and Kosovo were facilitated by the Special Envoy of the African Union, Mr. Paul Ndege, "
            + "and the Special Representative of Norway, Ms. Ingrid Dahl, who met both delegations day and night.");
        var process = MediatedBy(result, "Norway");
        Assert.Contains(Id(result, "African Union"), process.Mediators);
        Assert.DoesNotContain(Id(result, "Norway"), process.Parties);
        HasParties(result, process, "Serbia", "Kosovo");
    }

    [Fact]
    public void A_new_clause_after_a_comma_and_is_no_agent()
    {
        var result = Read("The ceasefire between Serbia and Kosovo was brokered by Norway, and Russia condemned it the next day.");
        MediatedBy(result, "Norway");
        Assert.False(Mediates(result, "Russia"));
    }

    [Fact]
    public void Co_chairs_that_preside_over_the_negotiations_mediate_and_do_not_negotiate()
    {
        var result = Read("Austria and Chile, the two co-chairs, presided over the final negotiations between Serbia and Kosovo.");
        var process = MediatedBy(result, "Austria");
        Assert.Contains(Id(result, "Chile"), process.Mediators);
        var austria = Id(result, "Austria");
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Negotiates && (r.Source == austria || r.Target == austria));
    }

    [Fact]
    public void A_body_that_appoints_its_mediator_mediates_through_him_and_is_no_party()
    {
        var result = Read("The African Union appointed the former President of Botswana, Kgosi Mmusi, as its mediator between Sudan and South Sudan.");
        var process = MediatedBy(result, "African Union");
        Assert.Contains(Id(result, "Kgosi Mmusi"), process.Mediators);
        HasParties(result, process, "Sudan", "South Sudan");
    }

    [Fact]
    public void Who_takes_part_in_the_mediation_is_no_mediator()
    {
        var result = Read("Chad announced that it would no longer take part in the mediation between Sudan and the rebels.");
        Assert.False(Mediates(result, "Chad"));
    }

    [Fact]
    public void A_co_mediator_after_together_with_joins_the_mediators()
    {
        var result = Read("The United States helped broker the accord between Ethiopia and Eritrea together with the African Union.");
        var process = MediatedBy(result, "African Union");
        Assert.Contains(Id(result, "United States"), process.Mediators);
        HasParties(result, process, "Ethiopia", "Eritrea");
    }

    [Fact]
    public void Everyone_brought_together_is_a_party()
    {
        var result = Read("Ghana brought together Liberia, Guinea and Sierra Leone in Accra.");
        var process = MediatedBy(result, "Ghana");
        HasParties(result, process, "Liberia", "Guinea", "Sierra Leone");
    }

    [Fact]
    public void A_brokering_sentence_without_sides_joins_the_process_of_its_mediator_and_keeps_it_reported()
    {
        var result = Read("Guinea and Mali signed a peace accord on Saturday.\n\nThe talks were brokered by Jonas Ekberg, the Swedish diplomat who heads "
            + "the monitoring mission. Ekberg, whose team has kept open a channel to both camps since 2019, carried messages between Guinea and Mali.");
        var process = MediatedBy(result, "Jonas Ekberg");
        HasParties(result, process, "Guinea", "Mali");
        var ekberg = Id(result, "Jonas Ekberg");
        var mediations = result.Relations.Where(r => r.Kind == RelationVocabulary.Mediates && r.Source == ekberg).ToList();
        Assert.NotEmpty(mediations);
        Assert.All(mediations, r => Assert.Equal(Modality.Reported, r.Modality));
    }
}
