namespace ActorGraph.Bolt;

/// <summary>A query to run with <see cref="ExecuteAsync"/>, shaped like the official driver's: records of type
/// <typeparamref name="TIn"/> become <typeparamref name="TOut"/> through <see cref="WithMap{TNext}"/> and
/// <see cref="WithFilter"/>. Each With… returns a new query; the original is unchanged.</summary>
public interface IExecutableQuery<TIn, TOut>
{
    IExecutableQuery<TIn, TOut> WithParameters(object parameters);

    IExecutableQuery<TIn, TOut> WithConfig(QueryConfig config);

    IExecutableQuery<TIn, TNext> WithMap<TNext>(Func<TOut, TNext> map);

    IExecutableQuery<TIn, TOut> WithFilter(Func<TOut, bool> filter);

    /// <summary>Runs the query in a managed transaction (retried on transient errors) and reads every record.</summary>
    Task<EagerResult<IReadOnlyList<TOut>>> ExecuteAsync(CancellationToken cancellationToken = default);
}
