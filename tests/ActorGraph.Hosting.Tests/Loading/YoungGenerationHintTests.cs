using ActorGraph.Hosting.Loading;

namespace ActorGraph.Hosting.Tests.Loading;

public class YoungGenerationHintTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] set) =>
        name => set.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void A_large_heap_without_the_variable_gets_the_hint()
    {
        Assert.True(YoungGenerationHint.Needed(6L << 30, Environment()));
        Assert.True(YoungGenerationHint.Needed(YoungGenerationHint.HeapThresholdBytes, Environment(("DOTNET_GCgen0size", " "))));
    }

    [Fact]
    public void A_small_heap_or_a_set_variable_gets_none()
    {
        Assert.False(YoungGenerationHint.Needed(YoungGenerationHint.HeapThresholdBytes - 1, Environment()));
        Assert.False(YoungGenerationHint.Needed(6L << 30, Environment(("DOTNET_GCgen0size", "0x4000000"))));
        Assert.False(YoungGenerationHint.Needed(6L << 30, Environment(("COMPlus_GCgen0size", "4000000"))));
    }
}
