namespace ActorGraph.Service;

/// <summary>The service's entry point. A named class (not top-level statements) so that it does not clash
/// with the CLI's <c>Program</c>, and so that <c>WebApplicationFactory&lt;ServiceProgram&gt;</c> can find this assembly.</summary>
public sealed class ServiceProgram
{
    private ServiceProgram()
    {
    }

    /// <summary>Runs the service until it is stopped (Ctrl+C, SIGTERM).</summary>
    public static Task<int> Main(string[] args) => ServiceApp.RunAsync(args);
}
