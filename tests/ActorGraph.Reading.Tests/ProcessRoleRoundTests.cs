using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The process roles round (tenth session): who the parties and mediators of a process are when the parties are
/// political bodies, named in another sentence, or thanked as hosts, and who "the Mediator" is; on sentences written for the
/// test (not taken from any report).</summary>
public class ProcessRoleRoundTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static List<string> Ties(ReadingResult result, params string[] kinds) =>
        result.Relations.Where(r => kinds.Contains(r.Kind.Name)).Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").Order(StringComparer.Ordinal).ToList();

    private static ProposedProcess Single(ReadingResult result) => Assert.Single(result.Processes);

    [Fact]
    public void Two_political_bodies_brought_together_are_the_parties_of_the_sessions_facilitated_later()
    {
        var result = Read("The conference brought together the Party of Democratic Renewal (PDR), represented by its chairman Jon Amar, and the "
            + "National Liberation Movement (NLM). Norway facilitated the sessions.");
        var process = Single(result);
        Assert.Equal(["national-liberation-movement", "party-of-democratic-renewal"], process.Parties.Order(StringComparer.Ordinal));
        Assert.Equal(["nor"], process.Mediators);
    }

    [Fact]
    public void An_international_organisation_warning_a_state_is_no_side_of_a_conflict()
    {
        var result = Read("The European Union warned that its aid to Kenya would be reviewed. Ghana mediated.");
        Assert.DoesNotContain(result.Processes, p => p.Parties.Contains("eec"));
    }

    [Fact]
    public void The_pair_brought_together_before_a_cue_is_the_pair_of_a_cue_that_names_no_side()
    {
        var result = Read("The talks brought together the Government of Chad, represented by a delegation headed by Hassan Idriss, and the Union of "
            + "Resistance Forces (URF), represented by a delegation headed by Timan Adoum. The Chief Mediator, Ambassador Omar Saleh, facilitated the sessions.");
        var process = Single(result);
        Assert.Contains("tcd-gov", process.Parties);
        Assert.Equal(2, process.Parties.Count);
        Assert.Equal(["omar-saleh"], process.Mediators);
    }

    [Fact]
    public void The_one_thanked_for_hosting_the_talks_neither_negotiates_nor_is_a_party()
    {
        var result = Read("The talks brought together the Government of Chad and the Union of Resistance Forces (URF) under the mediation of Ambassador "
            + "Omar Saleh. The Mediator thanked the Government of Qatar for hosting the talks and urged the Parties to sign the agreement.");
        Assert.DoesNotContain(Ties(result, "negotiates"), t => t.Contains("qat", StringComparison.Ordinal));
        Assert.All(result.Processes, p => Assert.DoesNotContain(p.Parties, x => x.StartsWith("qat", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_Mediator_is_the_one_person_who_mediated_before()
    {
        var result = Read("The talks brought together the Government of Chad and the Union of Resistance Forces (URF) under the mediation of Ambassador "
            + "Omar Saleh. The Mediator thanked the Government of Qatar for hosting the talks and urged the Parties to sign the agreement.");
        var engaged = Ties(result, "engages", "demands").Where(t => t.Contains("tcd-gov", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(engaged);
        Assert.All(engaged, t => Assert.StartsWith("omar-saleh ", t, StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_noun_before_a_comma_introduces_a_name_and_is_not_the_earlier_mediator()
    {
        var result = Read("Talks between the Government of Chad and the Union of Resistance Forces (URF) opened in Doha, facilitated by Qatar. "
            + "The Chief Mediator, General Ali Hamid, met both delegations on Monday.");
        Assert.Contains("ali-hamid", result.Actors.Select(a => a.Id));
        Assert.DoesNotContain(Ties(result, "meets"), t => t.StartsWith("qat", StringComparison.Ordinal));
    }

    [Fact]
    public void Facilitators_from_several_bodies_are_all_mediators()
    {
        var result = Read("Talks between the Government of Chad and the Union of Resistance Forces (URF) opened in Doha on Monday, with a team of "
            + "co-facilitators from the United Nations, the African Union and the Arab League.");
        var process = Single(result);
        Assert.Equal(["african-union", "arl", "uno"], process.Mediators.Order(StringComparer.Ordinal).Select(Short).ToList());
    }

    [Fact]
    public void Supporters_from_a_state_are_no_mediators()
    {
        var result = Read("Talks between the Government of Chad and the Union of Resistance Forces (URF) opened in Doha on Monday, facilitated by Qatar, "
            + "with experts from Norway.");
        var process = Single(result);
        Assert.Equal(["qat"], process.Mediators.Select(Short).ToList());
    }

    [Fact]
    public void The_inviter_of_a_meeting_is_not_one_of_those_who_came_together()
    {
        var result = Read("Upon the invitation of President Ana Ruiz of Chile, President Marco Silva of Peru and President Luis Mora of Bolivia came "
            + "together in Santiago on Monday.");
        Assert.Equal(["marco-silva meets luis-mora"], Ties(result, "meets"));
    }

    [Fact]
    public void Three_who_came_together_without_an_inviter_are_no_pair()
    {
        var result = Read("President Ana Ruiz of Chile, President Marco Silva of Peru and President Luis Mora of Bolivia came together in Santiago on Monday.");
        Assert.Empty(Ties(result, "meets"));
    }

    private static string Short(string id) => id;
}
