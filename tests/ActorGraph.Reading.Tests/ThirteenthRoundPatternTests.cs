namespace ActorGraph.Reading.Tests;

/// <summary>The thirteenth round's general rules, each on sentences written for the test (not taken from any report).</summary>
public class ThirteenthRoundPatternTests
{
    private static List<string> Ties(string text, params string[] kinds) =>
        ReportReader.ReadText(text).Relations.Where(r => kinds.Contains(r.Kind.Name))
            .Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_head_of_a_states_governing_body_named_after_the_office_leads_that_state()
    {
        var ties = Ties("The Chairman of the Council of Ministers of Bulgaria, Mr. Petar Ivanov, met the President of Greece in Sofia.", "leads", "member-of");
        Assert.Equal(["petar-ivanov leads bgr"], ties);
    }

    [Fact]
    public void The_head_of_a_body_that_does_not_govern_the_state_does_not_lead_it()
    {
        var ties = Ties("The Chairman of the Joint Chiefs of Staff of Bulgaria, Mr. Petar Ivanov, met the President of Greece in Sofia.", "leads");
        Assert.DoesNotContain(ties, t => t.EndsWith("leads bgr", StringComparison.Ordinal));
    }

    [Fact]
    public void A_representative_of_a_state_named_between_commas_is_read_with_the_tie()
    {
        var result = ReportReader.ReadText("Kenya and Somalia resumed talks in Addis Ababa on Monday. A representative of Norway, Erik Lund, attended the session.");
        Assert.Contains(result.Actors, a => a.Id == "erik-lund");
        Assert.Equal(["erik-lund member-of nor"], Ties("Kenya and Somalia resumed talks in Addis Ababa on Monday. A representative of Norway, Erik Lund, attended the session.", "member-of"));
    }

    [Fact]
    public void A_representative_of_a_person_already_named_is_tied_to_that_person()
    {
        var ties = Ties("Students loyal to Ayatollah Omar Haddad of Iran occupied the square in Tehran on Monday. In May, a representative of Haddad, Samir Aziz, met the mayor.", "member-of");
        Assert.Contains("samir-aziz member-of omar-haddad", ties);
    }

    [Fact]
    public void A_representative_without_a_name_after_the_comma_makes_no_person()
    {
        var result = ReportReader.ReadText("A representative of Norway, speaking in Oslo, welcomed the talks.");
        Assert.DoesNotContain(result.Actors, a => a.Kind == Core.Model.ActorKind.Person);
    }

    [Fact]
    public void Whose_title_and_name_ties_the_holder_to_the_actor_before_the_comma()
    {
        var ties = Ties("Kenya and Somalia resumed talks in Addis Ababa on Monday, joined by Brazil, whose special adviser Marco Silva attended the session.", "member-of");
        Assert.Equal(["marco-silva member-of bra"], ties);
    }

    [Fact]
    public void Whose_without_a_title_ties_no_one()
    {
        var result = ReportReader.ReadText("Kenya and Somalia resumed talks in Addis Ababa, joined by Brazil, whose support both sides welcomed.");
        Assert.DoesNotContain(result.Actors, a => a.Kind == Core.Model.ActorKind.Person);
    }

    [Theory]
    [InlineData("A cessation of hostilities between Armenia and Azerbaijan took effect on 10 November.")]
    [InlineData("Fighting between Armenia and Azerbaijan lasted six weeks. The truce between the two countries came into force on 10 November.")]
    [InlineData("The ceasefire between Armenia and Azerbaijan entered into force at midnight.")]
    public void A_ceasefire_that_takes_effect_was_agreed_by_its_parties(string text)
    {
        Assert.Equal(["arm agrees-ceasefire aze"], Ties(text, "agrees-ceasefire"));
    }

    [Fact]
    public void A_ceasefire_only_proposed_is_not_agreed()
    {
        Assert.Empty(Ties("Mediators proposed a ceasefire between Armenia and Azerbaijan on 10 November.", "agrees-ceasefire"));
    }
}
