namespace ActorGraph.Benchmarks;

/// <summary>One benchmark, run as <c>dotnet run -c Release --project tests/ActorGraph.Benchmarks -- NAME [args]</c>.
/// Implementations are found by reflection (public, parameterless constructor): adding one is adding a file.</summary>
public interface IBenchmark
{
    /// <summary>The name on the command line, e.g. <c>load</c>.</summary>
    string Name { get; }

    /// <summary>One line for the list printed with no arguments.</summary>
    string Description { get; }

    /// <summary>Runs the benchmark, printing figures to standard output; returns the exit code.</summary>
    Task<int> RunAsync(string[] args);
}
