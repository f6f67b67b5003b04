using ActorGraph.Bolt;
namespace ActorGraph.TestSupport;

/// <summary>Drivers for scripted servers: short timeouts and retry delays so tests fail fast instead of hanging.</summary>
public static class ScriptedDrivers
{
    public const string User = "neo4j";
    public const string Password = "secret-pw-123";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static IDriver Connect(string uri, Action<ConfigBuilder>? configure = null) =>
        GraphDatabase.Driver(uri, AuthTokens.Basic(User, Password), o =>
        {
            o.WithConnectionTimeout(TimeSpan.FromSeconds(5))
                .WithConnectionAcquisitionTimeout(TimeSpan.FromSeconds(5))
                .WithTransactionRetryInitialDelay(TimeSpan.FromMilliseconds(5))
                .WithMaxTransactionRetryTime(TimeSpan.FromSeconds(5));
            configure?.Invoke(o);
        });

    /// <summary>Waits for a task with <see cref="Timeout"/> so that a hang becomes a failure.</summary>
    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Timeout);

    public static Task Within(this Task task) => task.WaitAsync(Timeout);
}
