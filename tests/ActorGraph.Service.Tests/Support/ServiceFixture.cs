namespace ActorGraph.Service.Tests.Support;

/// <summary>One service on the shared test seed for all read-only API tests.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    /// <summary>The factory.</summary>
    public ServiceFactory Factory { get; } = new();

    /// <summary>A client of the loaded service.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Client = await Factory.ReadyClientAsync();
        await Factory.WaitForAsync(s => s.IsReady, "the test seed to load");
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}

/// <summary>Tests sharing <see cref="ServiceFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<ServiceFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "service";
}
