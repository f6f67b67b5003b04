using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>Blind reports 87-96 (fourteenth session, reports, second round): people named beside an office held in a possessor
/// ("The rebels' leader, NAME,"; "NAME, the chairmanship's special representative"), after a demonym and an occupation ("the
/// Algerian diplomat NAME"), after a past office of a state ("the former President of X, NAME"), after an adjective ("the elected
/// President, NAME"), with a family name after "Al" ("... Al Sabah"); "X and Y act as mediators between A and B"; "X opened
/// mediation talks"; "the negotiations that NAME has conducted between A and B". Sentences and names written for these tests
/// (other conflicts, invented people), with counter-examples.</summary>
public class BlindReportNamesTests
{
    private static ActorGraph.Reading.Facts.ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ActorGraph.Reading.Facts.ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    private static bool Has(ActorGraph.Reading.Facts.ReadingResult result, string source, RelationKind kind, string target) =>
        Id(result, source) is { } s && Id(result, target) is { } t && result.Relations.Any(r => r.Kind == kind && r.Source == s && r.Target == t);

    [Fact]
    public void A_leader_named_after_a_possessor_leads_it()
    {
        var result = Read("The Sudan People's Liberation Movement's leader, Garang Deng Mabior, welcomed the accord on Friday.");
        Assert.Contains(result.Actors, a => a.Name == "Garang Deng Mabior" && a.Kind == ActorKind.Person);
        Assert.True(Has(result, "Garang Deng Mabior", RelationVocabulary.Leads, "Sudan People's Liberation Movement"));
    }

    [Fact]
    public void A_plural_possessor_and_a_qualified_office_give_the_person()
    {
        var result = Read("The insurgents' military commander, Tomas Okello Wani, signed the truce in Nairobi.");
        Assert.Contains(result.Actors, a => a.Name == "Tomas Okello Wani" && a.Kind == ActorKind.Person);
    }

    [Fact]
    public void An_office_of_a_person_with_a_complement_gives_the_holder_without_a_tie_to_the_person()
    {
        var result = Read("The Secretary-General's Special Envoy for Burundi, Marta Ruiz Olmedo, will brief the Council.");
        Assert.Contains(result.Actors, a => a.Name == "Marta Ruiz Olmedo" && a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_name_before_a_possessed_office_is_a_person()
    {
        var result = Read("He was joined by Karl Hinterberger, the presidency's special representative for the settlement.");
        Assert.Contains(result.Actors, a => a.Name == "Karl Hinterberger" && a.Kind == ActorKind.Person);
    }

    [Theory]
    [InlineData("The government's delegation, which arrived on Monday, met the press.")]
    [InlineData("The army's commander, who was not named, denied the report.")]
    [InlineData("The rebels' leader, Kampala says, is in hiding.")]
    public void A_possessed_office_without_a_name_after_it_gives_no_person(string sentence)
    {
        var result = Read(sentence);
        Assert.DoesNotContain(result.Actors, a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_demonym_and_an_occupation_before_a_name_give_a_person_without_a_comma()
    {
        var result = Read("The transitional authority was headed by the Ghanaian diplomat Kwesi Mensah Boateng until 1994.");
        Assert.Contains(result.Actors, a => a.Name == "Kwesi Mensah Boateng" && a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_demonym_before_a_known_title_leaves_the_name_to_the_title_and_its_state()
    {
        var result = Read("The talks were chaired by the French foreign minister Pierre Lavalle and his deputy.");
        Assert.True(Has(result, "Pierre Lavalle", RelationVocabulary.MemberOf, "France"));
    }

    [Fact]
    public void A_former_head_of_a_state_named_after_the_office_is_a_person_with_no_tie_and_no_side()
    {
        var result = Read("ECOWAS appointed the former President of Ghana, Kofi Asante Mensah, as its mediator between Liberia and the rebels in June.");
        Assert.Contains(result.Actors, a => a.Name == "Kofi Asante Mensah" && a.Kind == ActorKind.Person);
        Assert.False(Has(result, "Kofi Asante Mensah", RelationVocabulary.Leads, "Ghana"));
        Assert.False(Has(result, "Kofi Asante Mensah", RelationVocabulary.Mediates, "Ghana"));
    }

    [Fact]
    public void A_serving_head_named_after_the_office_still_leads_the_state()
    {
        var result = Read("ECOWAS thanked the President of Ghana, Kofi Asante Mensah, for hosting the talks.");
        Assert.True(Has(result, "Kofi Asante Mensah", RelationVocabulary.Leads, "Ghana"));
    }

    [Fact]
    public void An_adjective_between_the_article_and_the_title_keeps_the_holder()
    {
        var result = Read("The army forced the elected President, Samuel Obi Nwosu, to leave the country in March.");
        Assert.Contains(result.Actors, a => a.Name == "Samuel Obi Nwosu" && a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_family_name_after_Al_ends_the_name_even_past_four_words()
    {
        var result = Read("The Emir of Kuwait, Sheikh Jaber al-Ahmad al-Sabah Al Sabah, received the two delegations. Kuwait's foreign minister, Sheikh Nasser Al-Mohammad Al-Sabah, spoke after him.");
        Assert.Contains(result.Actors, a => a.Name == "Jaber al-Ahmad al-Sabah Al Sabah");
        Assert.Contains(result.Actors, a => a.Name == "Nasser Al-Mohammad Al-Sabah");
    }

    [Fact]
    public void Al_at_the_start_of_a_name_is_no_family_article()
    {
        var result = Read("The Emir of Qatar, Sheikh Tamim Al Thani, met reporters from Al Jazeera.");
        Assert.DoesNotContain(result.Actors, a => a.Name.EndsWith("Al Jazeera", StringComparison.Ordinal) && a.Kind == ActorKind.Person);
    }

    [Fact]
    public void States_that_act_as_mediators_between_two_sides_mediate()
    {
        var result = Read("In the format, Norway and Cuba act as mediators between Colombia and the ELN, while Chile attends as an observer.");
        Assert.True(Has(result, "Norway", RelationVocabulary.Mediates, "Colombia"));
        Assert.True(Has(result, "Cuba", RelationVocabulary.Mediates, "Colombia"));
        Assert.False(Has(result, "Chile", RelationVocabulary.Mediates, "Colombia"));
    }

    [Fact]
    public void Acting_for_a_side_is_no_mediation()
    {
        var result = Read("Norway and Cuba act as hosts of the talks between Colombia and the ELN.");
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Mediates);
    }

    [Fact]
    public void Talks_that_a_representative_has_conducted_between_two_governments_are_mediated_by_him()
    {
        var result = Read("The accord ends the negotiations that the Secretary-General's Personal Representative, Arturo Lindqvist Mora, has conducted between the Governments of Iran and Iraq since 1985.");
        Assert.True(Has(result, "Arturo Lindqvist Mora", RelationVocabulary.Mediates, "Iran") || Has(result, "Arturo Lindqvist Mora", RelationVocabulary.Mediates, "Government of Iran"));
        Assert.True(Has(result, "Arturo Lindqvist Mora", RelationVocabulary.Mediates, "Iraq") || Has(result, "Arturo Lindqvist Mora", RelationVocabulary.Mediates, "Government of Iraq"));
    }

    [Fact]
    public void Talks_a_side_conducted_with_the_other_are_no_mediation()
    {
        var result = Read("The negotiations that Iran has conducted with Iraq since 1985 ended today.");
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Mediates);
    }

    [Fact]
    public void A_state_that_opens_mediation_talks_between_two_sides_mediates()
    {
        var result = Read("President Lucia Fernandez Soto of Panama opened mediation talks between Colombia and Venezuela on Monday.");
        Assert.True(Has(result, "Panama", RelationVocabulary.Mediates, "Colombia"));
        Assert.True(Has(result, "Panama", RelationVocabulary.Mediates, "Venezuela"));
    }

    [Fact]
    public void Opening_an_embassy_is_no_mediation()
    {
        var result = Read("Panama opened an embassy in Bogota on Monday, weeks after the talks between Colombia and Venezuela.");
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Mediates);
    }

    [Fact]
    public void A_states_own_security_council_is_not_the_UN_Security_Council()
    {
        var result = Read("Iran's Security Council secretary, Ali Reza Tehrani, met the envoy on Monday.");
        Assert.DoesNotContain(result.Actors, a => a.Name == "UN Security Council");
        Assert.True(Has(result, "Ali Reza Tehrani", RelationVocabulary.MemberOf, "Iran"));
    }

    [Fact]
    public void The_Security_Council_without_a_state_stays_the_UN_body()
    {
        var result = Read("The Security Council imposed an arms embargo on Eritrea in December.");
        Assert.Contains(result.Actors, a => a.Name == "UN Security Council");
    }

    [Fact]
    public void Insurgents_named_by_a_regions_adjective_are_an_armed_group_and_the_separatists_refer_to_it()
    {
        var result = Read("Senegal and the Casamance separatists signed a truce on Friday. The separatists' leader, Salif Diatta Sane, welcomed it.");
        Assert.Contains(result.Actors, a => a.Name == "Casamance separatists" && a.Kind == ActorKind.ArmedGroup);
        Assert.True(Has(result, "Salif Diatta Sane", RelationVocabulary.Leads, "Casamance separatists"));
    }

    [Fact]
    public void A_known_demonym_before_rebels_makes_no_new_group()
    {
        var result = Read("The government said on Monday that Syrian rebels had attacked the town.");
        Assert.DoesNotContain(result.Actors, a => a.Name == "Syrian rebels");
    }
}
