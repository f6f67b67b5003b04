using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14 (blind reports 117-126): legislatures the tables do not hold are bodies ("the House of Representatives",
/// "the General National Congress", not a General named "National Congress"); "NAME, President of the Republic of X" leads X as
/// "NAME, President of X" does, while "Commander-in-Chief of the Armed Forces of X" keeps the armed forces.</summary>
public class LegislatureAndFormalStateNameTests
{
    [Fact]
    public void A_house_with_an_of_complement_and_a_general_congress_are_bodies()
    {
        var result = ReportReader.ReadText("Members of the House of Representatives and of the General National Congress signed the deal in Oslo.");
        Assert.Contains(result.Actors, a => a.Name == "House of Representatives" && a.Kind == ActorKind.Organisation);
        Assert.Contains(result.Actors, a => a.Name == "General National Congress" && a.Kind == ActorKind.Organisation);
        Assert.DoesNotContain(result.Actors, a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_general_before_a_name_is_still_a_rank()
    {
        var result = ReportReader.ReadText("General Zorvan Kettiwel met the envoy of Ghana in Accra.");
        Assert.Contains(result.Actors, a => a.Kind == ActorKind.Person && a.Name.Contains("Kettiwel", StringComparison.Ordinal));
    }

    [Fact]
    public void A_president_of_the_republic_of_a_state_leads_the_state()
    {
        var ties = ReadTies.Plain("Zorvan Kettiwel, President of the Republic of Ghana, met the envoy of Togo in Lome.");
        Assert.Contains("zorvan-kettiwel leads gha", ties);
    }

    [Fact]
    public void A_commander_of_the_armed_forces_of_a_state_does_not_lead_the_state()
    {
        var ties = ReadTies.Plain("The Secretary-General welcomes the agreement signed today by President Zorvan Kettiwel of Ghana and "
            + "Lieutenant General Pirro Dashavel, Commander-in-Chief of the Armed Forces of Ghana.");
        Assert.Contains("zorvan-kettiwel leads gha", ties);
        Assert.DoesNotContain("pirro-dashavel leads gha", ties);
    }
}
