using ActorGraph.Import.Plover;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Formats;

/// <summary>A POLECAT actor without a name is its country in its sector's role, whether the sector is a CAMEO code
/// (MIL) or the word for it ("Military", "Government"): never the state itself, which would put the army of a
/// country and its government on one node.</summary>
public class PolecatSectorTests
{
    private const string Header = "Event ID\tEvent Date\tEvent Type\tEvent Mode\tActor Name\tActor Country\tPrimary Actor Sector\tRecipient Name\tRecipient Country\tPrimary Recipient Sector";

    [Theory]
    [InlineData("MIL", "sdn-mil", "Military of Sudan")]
    [InlineData("Military", "sdn-mil", "Military of Sudan")]
    [InlineData("government", "sdn-gov", "Government of Sudan")]
    [InlineData("", "sdn", "Sudan")]
    [InlineData("Astrology", "sdn", "Sudan")]
    public void A_sector_code_or_word_makes_the_role_actor(string sector, string id, string name)
    {
        var result = Run.Import(new PloverEventReader(),
            [Header, $"pc-1\t2023-05-03\tconsult\t\t\tSDN\t{sector}\tSaudi Arabia\tSAU\t"], "ngecEvents.20230503.DV.txt");

        var graph = SeedRoundTrip.Load(result.Graph);
        Assert.Equal(name, graph.FindActor(id)?.Name);
        Assert.NotNull(graph.FindActor("sau"));
    }
}
