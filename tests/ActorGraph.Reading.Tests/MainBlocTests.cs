using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>A side of the main pair made of several members (issue 14, process roles, `MainBloc`): states that take the same
/// hostile tie to one opponent in one sentence are one side, and a mediation read from the main conflict is between all of
/// them and the opponent. Every text is written for the test, on another region than the reports', with counter-examples.</summary>
public class MainBlocTests
{
    private const string Rift = "In 2019 Kenya, Uganda and Ethiopia accused Somalia of sheltering militants and closed their borders with it. "
        + "Somalia rejected the charges.\n\n";

    private const string Mediated = "Norway, which has mediated since 2019, announced an agreement on Monday.";

    [Fact]
    public void Three_states_accusing_one_in_one_sentence_are_one_side_of_the_mediation()
    {
        var (_, process) = ReadProcesses.Only(Rift + Mediated);
        Assert.Equal(["eth", "ken", "som", "uga"], process.Parties.Order());
        Assert.Equal(["nor"], process.Mediators);
    }

    [Fact]
    public void A_shuttle_between_one_member_and_the_opponent_joins_the_bloc_s_mediation()
    {
        var (result, process) = ReadProcesses.Only(Rift + Mediated + " The King of Norway, Harald V, had shuttled between Nairobi and Mogadishu for weeks.");
        Assert.Equal(["eth", "ken", "som", "uga"], process.Parties.Order());
        var king = Assert.Single(result.Actors, a => a.Name == "Harald V").Id;
        Assert.Contains(king, process.Mediators);
        // The king mediates between the two he went between, not between the bloc's other members.
        var his = result.Relations.Where(r => r.Source == king && r.Kind == RelationVocabulary.Mediates).Select(r => r.Target).Order().ToList();
        Assert.Equal(["ken", "som"], his);
        Assert.Contains(result.Relations, r => r.Kind == RelationVocabulary.Negotiates && new[] { r.Source, r.Target }.Order().SequenceEqual(["ken", "som"]));
    }

    [Fact]
    public void Accusations_in_separate_sentences_make_no_bloc()
    {
        var (_, process) = ReadProcesses.Only("In 2019 Kenya accused Somalia of sheltering militants. Uganda accused Somalia of the same. "
            + "Somalia rejected the charges.\n\n" + Mediated);
        Assert.Equal(2, process.Parties.Count);
    }

    [Fact]
    public void States_that_negotiate_together_with_one_make_no_bloc_of_the_main_pair()
    {
        var (_, process) = ReadProcesses.Only("In 2019 Kenya accused Somalia of sheltering militants, and Somalia rejected the charges. "
            + "Uganda and Ethiopia held talks with Somalia on trade.\n\n" + Mediated);
        Assert.DoesNotContain("uga", process.Parties);
    }
}
