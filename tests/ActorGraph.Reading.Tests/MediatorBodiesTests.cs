namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14, process roles (`Rules/MediatorBodies`): an organisation whose official mediates is a mediator of the
/// process too, also when the office was named in another sentence than the mediation. Counter-examples: a minister of a state
/// (the state is not added), the talks' own side. Sentences written for the test, with made-up persons.</summary>
public class MediatorBodiesTests
{
    [Fact]
    public void The_body_of_an_envoy_named_before_mediates_with_the_envoy()
    {
        var (result, process) = ReadProcesses.Only("Karim Haddad, the special envoy of the Arab League, arrived in Cairo on Monday. "
            + "Haddad then mediated between Chad and Niger for six weeks.");
        var haddad = ReadProcesses.Id(result, "Karim Haddad");
        Assert.Contains(haddad, process.Mediators);
        var league = Assert.Single(result.Actors, a => a.Name is "League of Arab States" or "Arab League").Id;
        Assert.Contains(league, process.Mediators);
        Assert.Contains(result.Relations, r => r.Source == league && r.Kind.Name == "mediates" && r.Target == "tcd");
    }

    [Fact]
    public void The_organisation_of_a_titled_official_mediates_through_them()
    {
        var (result, process) = ReadProcesses.Only("The OSCE Special Representative, Anna Berg, opened the talks in Vienna. "
            + "In the talks Berg shuttled between the Moldovan and Transnistrian delegations.");
        Assert.Contains(ReadProcesses.Id(result, "Anna Berg"), process.Mediators);
        Assert.Contains("sce", process.Mediators);
    }

    [Fact]
    public void A_minister_s_state_is_not_added()
    {
        var (result, process) = ReadProcesses.Only("Foreign Minister Lars Holm of Sweden shuttled between Chad and Niger for six weeks.");
        Assert.DoesNotContain("swe", process.Mediators);
        Assert.DoesNotContain(result.Relations, r => r.Source == "swe" && r.Kind.Name == "mediates");
    }

    [Fact]
    public void The_body_of_a_guest_at_the_signing_is_not_added()
    {
        var result = ReportReader.ReadText("Karim Haddad, the special envoy of the Arab League, arrived in Niamey on Monday. "
            + "Chad and Niger signed the accord, brokered by Senegal, in the presence of Karim Haddad.");
        var league = Assert.Single(result.Actors, a => a.Name is "League of Arab States" or "Arab League").Id;
        Assert.Contains(result.Processes, p => p.Mediators.Contains("sen"));
        Assert.DoesNotContain(result.Relations, r => r.Source == league && r.Kind.Name == "mediates");
    }
}
