using System.Net;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Service.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Service.Tests.Api;

public sealed class ErrorHandlingTests
{
    /// <summary>Works until <see cref="Broken"/> is set; then fails with a message that must not reach a client.</summary>
    private sealed class BreakableStore : IGraphStore
    {
        private GraphSnapshot _snapshot = GraphSnapshot.Empty;

        public bool Broken { get; set; }

        public string Description => Broken ? throw new InvalidOperationException("SECRET internal detail") : "breakable";

        public Task ReplaceAsync(ActorGraphData data, string origin, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            _snapshot = new GraphSnapshot(data, _snapshot.Version + 1, DateTimeOffset.UtcNow, origin);
            return Task.CompletedTask;
        }

        public Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) => Task.FromResult(_snapshot);
    }

    private sealed class BreakableFactory(string environment, BreakableStore store)
        : ServiceFactory(TestSeed.SharedFolder, environment: environment)
    {
        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IGraphStore>(store);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task An_internal_error_is_a_generic_500_problem_without_details(string environment)
    {
        var store = new BreakableStore();
        await using var factory = new BreakableFactory(environment, store);
        using var client = await factory.ReadyClientAsync();
        await factory.WaitForAsync(s => s.IsReady, "the load");
        store.Broken = true;

        using var response = await client.GetAsync(new Uri("/api/status", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("SECRET", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await using var factory = new ServiceFactory();
        using var client = await factory.ReadyClientAsync();
        var problem = await client.GetProblemAsync("/api/nothing-here", HttpStatusCode.NotFound);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }
}
