namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14, process roles (`OfficeAlone.EnvoyOf`, `MediatorBodies`): "NAME, the Personal Representative of the
/// Secretary-General for X" is a member of the United Nations, and an envoy who mediates brings the organisation in beside them,
/// also when the talks are chaired by the envoy (the envoy stays a mediator in person). Counter-examples: the Secretary-General
/// of another body, named with the office or named last. Sentences written for the test; the persons are made up.</summary>
public class EnvoyOfTheSecretaryGeneralTests
{
    [Fact]
    public void An_envoy_of_the_secretary_general_alone_is_of_the_united_nations_and_mediates_with_it()
    {
        var (result, process) = ReadProcesses.Only("Maria Lind, the Personal Representative of the Secretary-General for the Andes, shuttled between Peru and Ecuador.");
        var lind = ReadProcesses.Id(result, "Maria Lind");
        Assert.Contains(result.Relations, r => r.Source == lind && r.Kind.Name == "member-of" && r.Target == "uno");
        Assert.Contains(lind, process.Mediators);
        Assert.Contains("uno", process.Mediators);
    }

    [Fact]
    public void Talks_chaired_by_the_envoy_keep_the_envoy_beside_the_organisation()
    {
        var (result, process) = ReadProcesses.Only("Maria Lind, Personal Envoy of the Secretary-General for the Andes, arrived in Quito on Monday. "
            + "The talks between Peru and Ecuador were chaired by Maria Lind.");
        Assert.Contains(ReadProcesses.Id(result, "Maria Lind"), process.Mediators);
        Assert.Contains("uno", process.Mediators);
    }

    [Fact]
    public void An_envoy_of_another_body_s_secretary_general_is_not_of_the_united_nations()
    {
        var named = ReportReader.ReadText("Maria Lind, the Special Envoy of the Secretary-General of the Commonwealth, shuttled between Zambia and Malawi.");
        Assert.DoesNotContain(named.Relations, r => r.Target == "uno");
        var before = ReportReader.ReadText("The Secretary-General of the Commonwealth visited Lusaka in May. "
            + "Maria Lind, the Special Envoy of the Secretary-General, then shuttled between Zambia and Malawi.");
        Assert.DoesNotContain(before.Relations, r => r.Target == "uno");
    }
}
