using ActorGraph.Service.Tests.Support;

namespace ActorGraph.Service.Tests.Host;

/// <summary>What `actorgraph serve` does when it is stopped: a clean exit, not an exception.</summary>
public class ShutdownTests
{
    [Fact]
    public async Task Run_returns_zero_after_a_graceful_stop()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var exit = await ServiceApp.RunAsync(
            [
                "--urls", "http://127.0.0.1:0",
                "--environment", "Production",
                $"--ActorGraph:Seed:Folder={RunningService.RepositorySeed}",
                "--ActorGraph:Seed:Watch=false",
                "--Logging:LogLevel:Default=Warning",
            ],
            stop.Token);
        Assert.Equal(0, exit);
    }
}
