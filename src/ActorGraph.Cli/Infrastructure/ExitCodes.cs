namespace ActorGraph.Cli.Infrastructure;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>The input (seed, import file, actor name) is wrong; the message says where.</summary>
    public const int InputError = 1;
    /// <summary>Bad command-line usage.</summary>
    public const int Usage = 2;
    /// <summary>A service the command needs (Neo4j, graphviz) is unavailable.</summary>
    public const int Unavailable = 3;
    /// <summary>A bug: something unexpected failed.</summary>
    public const int Internal = 70;
}
