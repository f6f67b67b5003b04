namespace ActorGraph.Bolt;

/// <summary>Transaction settings: timeout and metadata, sent in BEGIN (or an auto-commit RUN).</summary>
public sealed class TransactionConfigBuilder
{
    internal TimeSpan? Timeout { get; private set; }
    internal IReadOnlyDictionary<string, object?>? Metadata { get; private set; }

    public TransactionConfigBuilder WithTimeout(TimeSpan? timeout)
    {
        Timeout = timeout;
        return this;
    }

    public TransactionConfigBuilder WithMetadata(IReadOnlyDictionary<string, object?> metadata)
    {
        Metadata = metadata;
        return this;
    }
}
