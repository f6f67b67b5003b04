using System.CommandLine;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>The <c>--evidence</c> (<c>-v</c>) flag: the full evidence chain instead of the compact answer.</summary>
public static class EvidenceOption
{
    /// <summary>A new <c>--evidence</c> flag (each command gets its own instance).</summary>
    public static Option<bool> Create() => new("--evidence", "-v")
    {
        Description = "Print the full evidence chain: every note in full with its source's title, date, URL and\n" +
                      "paragraph. Default: the compact answer (one line per distinct piece of evidence).\n" +
                      "--format json always carries everything.",
    };
}
