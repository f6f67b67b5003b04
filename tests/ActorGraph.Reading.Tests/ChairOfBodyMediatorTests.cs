using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14, process roles: a head of state who chairs talks while chairing an organisation chairs them for the
/// organisation. Every text is written for the test, with counter-examples.</summary>
public class ChairOfBodyMediatorTests
{
    private static ReadingResult Read(string text) => ReadProcesses.Read(text);

    private const string Talks = "The government of Sudan and the SLM agreed to meet. The talks opened in Abuja on 4 May under the chairmanship of "
        + "Nigeria's President Olusegun Obasanjo{0}.";

    [Fact]
    public void Talks_chaired_by_a_head_of_state_who_chairs_a_body_are_the_body_s()
    {
        var (result, process) = ReadProcesses.Only(string.Format(System.Globalization.CultureInfo.InvariantCulture, Talks, ", then the Chairman of the African Union"));
        Assert.Contains("african-union", process.Mediators);
        Assert.DoesNotContain("nga", process.Mediators);
        Assert.DoesNotContain(result.Relations, r => r.Kind == RelationVocabulary.Mediates && r.Source == "nga");
    }

    [Fact]
    public void Talks_chaired_by_a_head_of_state_alone_are_his_state_s()
    {
        var (result, process) = ReadProcesses.Only(string.Format(System.Globalization.CultureInfo.InvariantCulture, Talks, ""));
        Assert.Contains("nga", process.Mediators);
        Assert.DoesNotContain("african-union", process.Mediators);
    }

    [Fact]
    public void An_envoy_of_a_body_at_the_end_of_a_sentence_is_a_member_of_that_body()
    {
        // ECOWAS's id is its CAMEO group code, WAS (as the importer gives it); the tie must reach that body and no other actor.
        var result = Read("The talks in Monrovia were led by General Abdulsalami Abubakar, the envoy of ECOWAS.");
        var tie = Assert.Single(result.Relations, r => r.Kind == RelationVocabulary.MemberOf);
        Assert.Equal("ECOWAS", Assert.Single(result.Actors, a => a.Id == tie.Target).Name);
        Assert.Equal(2, result.Actors.Count);
    }
}
