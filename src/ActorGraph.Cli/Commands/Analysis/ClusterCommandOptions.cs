using System.CommandLine;
using System.Globalization;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Commands.Analysis;

/// <summary>The clustering options shared by <c>clusters</c> and <c>brokerage</c>. The random seed is
/// <c>--random-seed</c> because <c>--seed</c> names the seed folder in every command.</summary>
internal sealed class ClusterCommandOptions
{
    public Option<ulong> RandomSeed { get; } = new("--random-seed")
    {
        Description = "Random seed of the clustering: the same seed gives the same clusters.",
        DefaultValueFactory = _ => 1,
        HelpName = "N",
    };

    public Option<double> Resolution { get; } = new("--resolution")
    {
        Description = "Resolution γ > 0: higher gives more, smaller clusters (1 = standard modularity).",
        DefaultValueFactory = _ => 1.0,
        HelpName = "R",
    };

    public Option<double> HostileWeight { get; } = new("--hostile-weight")
    {
        Description = "How much a hostile tie inside a cluster counts against it, relative to a cooperative tie of the same strength (0 ignores hostility).",
        DefaultValueFactory = _ => 1.0,
        HelpName = "L",
    };

    public Option<string> Algorithm { get; } = new("--algorithm")
    {
        Description = "leiden (clusters always connected) or louvain.",
        DefaultValueFactory = _ => "leiden",
        HelpName = "leiden|louvain",
    };

    public ClusterCommandOptions() => Algorithm.AcceptOnlyFromAmong("leiden", "louvain");

    public void AddTo(Command command)
    {
        command.Options.Add(RandomSeed);
        command.Options.Add(Resolution);
        command.Options.Add(HostileWeight);
        command.Options.Add(Algorithm);
    }

    /// <summary>The options as given; a value out of range is a usage error with a clear message.</summary>
    public ClusterOptions Read(ParseResult parse)
    {
        var resolution = parse.GetValue(Resolution);
        if (!double.IsFinite(resolution) || resolution <= 0)
            throw new CliException($"--resolution must be a positive number, not {resolution.ToString(CultureInfo.InvariantCulture)}", ExitCodes.Usage);
        var hostile = parse.GetValue(HostileWeight);
        if (!double.IsFinite(hostile) || hostile < 0)
            throw new CliException($"--hostile-weight must be zero or positive, not {hostile.ToString(CultureInfo.InvariantCulture)}", ExitCodes.Usage);
        return new ClusterOptions
        {
            Seed = parse.GetValue(RandomSeed),
            Resolution = resolution,
            HostileWeight = hostile,
            Algorithm = parse.GetValue(Algorithm) == "louvain" ? ClusterAlgorithm.Louvain : ClusterAlgorithm.Leiden,
        };
    }

    /// <summary>"Leiden, seed 1, resolution 1, hostile weight 1".</summary>
    public static string Describe(ClusterOptions o) => string.Create(CultureInfo.InvariantCulture,
        $"{o.Algorithm}, random seed {o.Seed}, resolution {o.Resolution:0.###}, hostile weight {o.HostileWeight:0.###}");
}
