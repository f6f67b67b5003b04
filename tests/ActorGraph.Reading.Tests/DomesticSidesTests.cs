using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Talks inside one country (issue 14, process roles): the state is no party against one of its own sides unless the text
/// names it so. Every text is written for the test, with counter-examples.</summary>
public class DomesticSidesTests
{
    private static string Id(ReadingResult result, string name) => ReadProcesses.Id(result, name);

    private const string Election = "The crisis in Malawi began after the election of May 2019. President Peter Mutharika{0} was declared the winner, and his "
        + "challenger Lazarus Chakwera, leader of the Malawi Congress Party (MCP), accused Mutharika of rigging the vote.\n\n"
        + "In June 2019 the Commonwealth brokered talks to end the dispute.";

    [Fact]
    public void The_president_s_party_not_the_state_faces_the_opposition_party()
    {
        var (result, process) = ReadProcesses.Only(string.Format(System.Globalization.CultureInfo.InvariantCulture, Election, " of the Democratic Progressive Party (DPP)"));
        Assert.Equal(new[] { Id(result, "Democratic Progressive Party"), Id(result, "Malawi Congress Party") }.Order(), process.Parties.Order());
        Assert.DoesNotContain("mwi", process.Parties);
        var mutharika = Id(result, "Peter Mutharika");
        Assert.Contains(result.Relations, r => r.Source == mutharika && r.Target == Id(result, "Democratic Progressive Party") && r.Kind == RelationVocabulary.MemberOf);
    }

    [Fact]
    public void Without_the_president_s_party_the_state_stays_against_a_movement()
    {
        var (result, process) = ReadProcesses.Only(string.Format(System.Globalization.CultureInfo.InvariantCulture, Election, ""));
        Assert.Contains("mwi", process.Parties);
        Assert.DoesNotContain(Id(result, "Peter Mutharika"), process.Parties);
    }

    [Fact]
    public void A_president_and_a_colonel_of_no_other_state_are_the_parties_in_person()
    {
        var (result, process) = ReadProcesses.Only("The African Union mediated talks between President Amadou Sall of Gambia and Colonel Ousmane Diallo, who seized the radio station in March.");
        Assert.Equal(new[] { Id(result, "Amadou Sall"), Id(result, "Ousmane Diallo") }.Order(), process.Parties.Order());
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Negotiates && r.Source == Id(result, "Amadou Sall") && r.Target == Id(result, "Ousmane Diallo"));
    }

    [Fact]
    public void Against_an_armed_group_the_state_stays_a_party()
    {
        var (result, process) = ReadProcesses.Only("President Juan Perez of Colombia and the ELN signed a ceasefire mediated by Cuba.");
        Assert.Contains("col", process.Parties);
        Assert.DoesNotContain(Id(result, "Juan Perez"), process.Parties);
    }

    [Fact]
    public void Two_states_leaders_stand_for_their_states()
    {
        var (result, process) = ReadProcesses.Only("President Paul Kagame of Rwanda and President Felix Tshisekedi of the Democratic Republic of the Congo signed an agreement brokered by Angola.");
        Assert.Equal(new[] { "cod", "rwa" }, process.Parties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_person_named_of_an_international_body_or_a_state_gets_no_party_tie()
    {
        var (result, process) = ReadProcesses.Only("The envoy Ana Lopez of the African Union met the delegations. Foreign Minister Rui Costa of Portugal said fighting between Sudan "
            + "and the Sudan Liberation Movement continued, and the talks were mediated by Chad.");
        Assert.DoesNotContain(result.Relations, r => r.Rule == "person-of-party");
        Assert.Contains("sdn", process.Parties);
    }
}
