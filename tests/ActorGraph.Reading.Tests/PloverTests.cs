using ActorGraph.Reading.Plover;
using ActorGraph.Reading.Scoring;

namespace ActorGraph.Reading.Tests;

/// <summary>The PLOVER coder's frames and the deterministic development/held-out split, on sentences of our own.</summary>
public class PloverTests
{
    [Theory]
    [InlineData("The European Union imposed sanctions on Belarus on Monday.", "SANCTION")]
    [InlineData("Kenya suspended military aid to Somalia after the dispute.", "SANCTION")]
    [InlineData("Brazil said Paraguay must return the seized cargo within a week.", "DEMAND")]
    [InlineData("Chad said it would impose a trade embargo on Niger if the raids continue.", "THREATEN")]
    [InlineData("Serbia is ready to withdraw its police from the northern villages, officials said.", "AGREE")]
    [InlineData("The junta said it will not release the detained ministers.", "REJECT")]
    [InlineData("Rebels lifted their blockade of the northern highway on Friday.", "RETREAT")]
    [InlineData("Peru granted asylum to three opposition politicians.", "AID")]
    [InlineData("Police fired tear gas at protesters outside parliament.", "COERCE")]
    [InlineData("Government troops killed twelve rebels in heavy shelling near the border.", "FIGHT")]
    [InlineData("Gunmen killed a village chief near the market on Sunday.", "ASSAULT")]
    [InlineData("The Asia-Pacific Economic Cooperation forum condemned the test.", "DISAPPROVE")]
    public void Codes_the_main_event_after_its_frame(string sentence, string category) =>
        Assert.Equal(category, PloverClassifier.Code(sentence).Category);

    [Fact]
    public void Source_is_the_actor_before_the_trigger_and_target_the_first_after()
    {
        var coding = PloverClassifier.Code("Japan imposed sanctions on Russia on Friday.");
        Assert.Equal(["Japan"], coding.Source);
        Assert.Equal(["Russia"], coding.Target);
    }

    [Fact]
    public void The_split_is_deterministic_and_roughly_even()
    {
        var ids = Enumerable.Range(1, 400).Select(i => $"PLOVER-TEST-{i:D4}").ToList();
        var dev = ids.Count(id => PloverEvaluation.HalfOf(id) == PloverEvaluation.DevelopmentHalf);
        Assert.InRange(dev, 160, 240);
        Assert.All(ids, id => Assert.Equal(PloverEvaluation.HalfOf(id), PloverEvaluation.HalfOf(id)));
        Assert.Equal(PloverEvaluation.DevelopmentHalf, PloverEvaluation.HalfOf("a")); // FNV-1a("a") = 0xE40C292C, even
        Assert.Equal(PloverEvaluation.HeldOutHalf, PloverEvaluation.HalfOf("b")); // 0xE70C2DE5, odd
    }

    [Fact]
    public void Gold_records_meet_their_minimum_accuracy_on_both_halves()
    {
        var path = ActorGraph.TestSupport.RepositoryPaths.Combine("..", "shared", "real-data", "plover", "PLOVER_GSR_CAMEO.json");
        static double Rate(IReadOnlyList<PloverEvaluation.CategoryScore> s) => (double)s.Sum(c => c.CategoryRight) / s.Sum(c => c.Records);
        var dev = Rate(PloverEvaluation.Run(path, PloverEvaluation.DevelopmentHalf));
        var held = Rate(PloverEvaluation.Run(path, PloverEvaluation.HeldOutHalf));
        Assert.True(dev >= 0.9, $"development half {dev:F2}");
        Assert.True(held >= 0.68, $"held-out half {held:F2}");
        Assert.Equal(Rate(PloverEvaluation.Run(path)), (dev * 156 + held * 166) / 322, 3);
    }
}
