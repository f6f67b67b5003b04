using ActorGraph.Bolt;
namespace ActorGraph.TestSupport;

/// <summary>Drivers for scripted servers: short retry delays, and timeouts that turn a hang into a failure yet are
/// generous enough (tens of seconds) that a busy CI machine never reaches them in a passing test. A test about a
/// timeout sets its own.</summary>
public static class ScriptedDrivers
{
    public const string User = "neo4j";
    public const string Password = "secret-pw-123";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static IDriver Connect(string uri, Action<ConfigBuilder>? configure = null) =>
        GraphDatabase.Driver(uri, AuthTokens.Basic(User, Password), o =>
        {
            o.WithConnectionTimeout(TimeSpan.FromSeconds(20))
                .WithConnectionAcquisitionTimeout(TimeSpan.FromSeconds(20))
                .WithTransactionRetryInitialDelay(TimeSpan.FromMilliseconds(5))
                .WithMaxTransactionRetryTime(TimeSpan.FromSeconds(5));
            configure?.Invoke(o);
        });

    /// <summary>Waits for a task with <see cref="Timeout"/> so that a hang becomes a failure.</summary>
    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Timeout);

    public static Task Within(this Task task) => task.WaitAsync(Timeout);
}
