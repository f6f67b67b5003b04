using System.CommandLine;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>The <c>--current</c> option: only what holds at the latest date on record (no history).</summary>
public static class CurrentOption
{
    /// <summary>A new <c>--current</c> flag.</summary>
    public static Option<bool> Create() => new("--current")
    {
        Description = "Only what holds at the latest date on record: current processes and ties, no history.\n" +
                      "Ignored with --as-of.",
    };
}
