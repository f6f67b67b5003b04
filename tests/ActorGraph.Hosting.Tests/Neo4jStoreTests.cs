using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Tests.Support;
using ActorGraph.Storage.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Hosting.Tests;

/// <summary>The Neo4j store behind the host: chosen by <c>ActorGraph:Neo4j:Uri</c>, retried while unreachable,
/// and never a place where the password shows.</summary>
public sealed class Neo4jStoreTests
{
    private const string Password = "pw-that-must-not-leak-42";

    [Fact]
    public async Task An_unreachable_neo4j_is_retried_then_given_up_without_ever_logging_the_password()
    {
        using var closed = new ClosedPort();
        var port = closed.Port;
        await using var host = SeedHost.Create(settings: new Dictionary<string, string?>
        {
            ["ActorGraph:Neo4j:Uri"] = $"bolt://127.0.0.1:{port}",
            ["ActorGraph:Neo4j:Password"] = Password,
            // On the skipping clock only the backoff waits count, not how long a refused connect took on a busy machine:
            // attempt 1 waits 1 s, attempt 2 waits 2 s, attempt 3 would end past 6 s, so the loader gives up there.
            ["ActorGraph:Neo4j:StartupTimeoutSeconds"] = "6",
        }, time: new SkippingTimeProvider());
        var store = host.Host.Services.GetRequiredService<IGraphStore>();
        Assert.IsType<Neo4jGraphStore>(store);
        Assert.Equal($"bolt://127.0.0.1:{port}", store.Description);

        await host.StartAsync();
        await host.WaitForAsync(s => s.FatalError is not null, "the loader to give up on the closed port");

        Assert.False(host.State.IsReady);
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains($"Store bolt://127.0.0.1:{port} unavailable (attempt 1)", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains($"Store bolt://127.0.0.1:{port} unavailable (attempt 2)", StringComparison.Ordinal));
        Assert.Contains("after 3 attempts", host.State.FatalError, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Critical);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Message.Contains(Password, StringComparison.Ordinal));
        Assert.DoesNotContain(Password, host.State.FatalError, StringComparison.Ordinal);
        var health = await host.Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
    }

    [Fact]
    public async Task An_address_with_credentials_is_refused_without_repeating_them()
    {
        await using var host = SeedHost.Create(settings: new Dictionary<string, string?>
        {
            ["ActorGraph:Neo4j:Uri"] = $"bolt://someone:{Password}@db.example:7687",
            ["ActorGraph:Neo4j:Password"] = "x",
        });
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());
        var failure = Assert.Single(error.Failures);
        Assert.Contains("carries a user name or password", failure, StringComparison.Ordinal);
        Assert.Contains("bolt://db.example:7687", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_real_neo4j_is_loaded_and_ready()
    {
        var uri = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_URI");
        Skip.If(string.IsNullOrEmpty(uri), "set ACTORGRAPH_NEO4J_URI (and ACTORGRAPH_NEO4J_USER, ACTORGRAPH_NEO4J_PASSWORD) to run against Neo4j");
        await using var host = SeedHost.Create(settings: new Dictionary<string, string?>
        {
            ["ActorGraph:Neo4j:Uri"] = uri,
            ["ActorGraph:Neo4j:User"] = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_USER") ?? "neo4j",
            ["ActorGraph:Neo4j:Password"] = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_PASSWORD"),
        });
        await host.StartAsync();
        await host.WaitForAsync(s => s.IsReady || s.FatalError is not null, "the load into Neo4j");
        Assert.Null(host.State.FatalError);
        Assert.Equal(9, host.State.Current!.Data.Actors.Length);
        var health = await host.Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, health.Status);
    }
}
