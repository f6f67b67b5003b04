using System.CommandLine;
using System.Globalization;
using ActorGraph.Analysis.Brokerage;
using ActorGraph.Analysis.Projection;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Text;

namespace ActorGraph.Cli.Commands.Analysis;

/// <summary><c>actorgraph brokerage</c>: Gould–Fernandez brokerage roles per actor against the influence
/// clusters, with expected counts and z-scores.</summary>
public sealed class BrokerageCommand : ICliCommand
{
    /// <inheritdoc />
    public int Order => 150;

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var source = new GraphSourceOptions();
        var scope = new QueryScopeOptions { WithEvidence = false };
        var clustering = new ClusterCommandOptions();
        var actor = new Option<string?>("--actor", "-a") { Description = "Only this actor (name, alias or id).", HelpName = "A" };
        var top = new Option<int>("--top") { Description = "How many brokers to list, most chains first.", DefaultValueFactory = _ => 15, HelpName = "N" };
        var command = new Command("brokerage",
            "Brokerage roles (Gould & Fernandez 1989) of each actor B in two-step chains A→B→C of contact where\n" +
            "A has no channel to C, against the camps (see 'clusters'): coordinator (all in one camp), itinerant\n" +
            "(A and C together, B outside), gatekeeper (B and C together), representative (A and B together),\n" +
            "liaison (three camps). Every mediation process adds the chains party → mediator → other party.\n" +
            "Directed kinds such as 'engages' run from source to target only; 'meets' and 'negotiates' run both\n" +
            "ways. Each count is shown with its exact expected value when the other actors' camps are shuffled\n" +
            "(sizes kept) and a z-score; z is '-' when chance allows only one value. On small graphs the\n" +
            "z-scores mean little, and the output says so.\n\n" +
            "Examples:\n  actorgraph brokerage --top 5\n  actorgraph brokerage --actor Egypt --as-of 2024-06-01 --format json");
        source.AddTo(command);
        command.Options.Add(actor);
        command.Options.Add(top);
        clustering.AddTo(command);
        scope.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = clustering.Read(parse);
            var n = parse.GetValue(top);
            if (n < 1) throw new CliException($"--top must be at least 1, not {n}", ExitCodes.Usage);
            var (graph, queries) = await source.LoadAsync(parse, context, cancellationToken);
            var only = parse.GetValue(actor) is { } query ? graph.Resolve(query).Id : null;
            var report = queries.Brokerage(graph, options, parse.GetValue(scope.AsOf), only, parse.GetValue(scope.Current));
            var brokers = report.Brokers.Take(n).ToList();
            if (scope.IsJson(parse)) FormatOption.WriteJson(context, ToJson(report, brokers));
            else FormatOption.WriteText(context, o => Write(o, report, brokers, only is not null));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Role(BrokerageRole role) => BrokerageRoles.Name(role);

    private static object ToJson(BrokerageReport report, List<ActorBrokerage> brokers) => new
    {
        clustering = new
        {
            algorithm = report.Clusters.Options.Algorithm.ToString().ToLowerInvariant(),
            randomSeed = report.Clusters.Options.Seed,
            resolution = report.Clusters.Options.Resolution,
            hostileWeight = report.Clusters.Options.HostileWeight,
            clusters = report.Clusters.Clusters.Length,
            modularity = report.Clusters.Modularity,
        },
        asOf = report.Clusters.AsOf,
        nullModel = report.NullModel,
        caution = report.Caution,
        brokerCount = report.Brokers.Length,
        brokers = brokers.Select(b => new
        {
            actorId = b.ActorId,
            name = b.ActorName,
            cluster = b.Cluster,
            chains = b.Chains,
            roles = b.Roles.Select(r => new { role = Role(r.Role), count = r.Count, expected = r.Expected, z = r.Z }),
        }),
    };

    private static string Cell(RoleScore r) => r.Z is { } z
        ? string.Create(CultureInfo.InvariantCulture, $"{r.Count} ({z:+0.0;-0.0;0.0})")
        : string.Create(CultureInfo.InvariantCulture, $"{r.Count} (-)");

    private static void Write(TextWriter o, BrokerageReport report, List<ActorBrokerage> brokers, bool single)
    {
        var inv = CultureInfo.InvariantCulture;
        var asOf = report.Clusters.AsOf is { } d ? " as of " + d.ToString("yyyy-MM-dd", inv) : "";
        o.WriteLine(string.Create(inv, $"Brokerage roles{asOf} against {report.Clusters.Clusters.Length} camps ({ClusterCommandOptions.Describe(report.Clusters.Options)})."));
        o.WriteLine("Expected counts: " + report.NullModel + ".");
        if (report.Caution is { } caution) o.WriteLine(caution);
        if (single)
        {
            var b = brokers[0];
            o.WriteLine(string.Create(inv, $"{b.ActorName} ({b.ActorId}), cluster {b.Cluster}: {b.Chains} chains A→B→C with no A→C tie."));
            var detail = new TableWriter("ROLE", "COUNT", "EXPECTED", "Z");
            foreach (var r in b.Roles) detail.Add(Role(r.Role), r.Count, r.Expected.ToString("0.00", inv), r.Z is { } z ? z.ToString("+0.00;-0.00;0.00", inv) : "-");
            detail.WriteTo(o);
            Legend.Write(o,
                ("EXPECTED", "the count expected by chance, with the other actors' camps shuffled"),
                ("Z", "(count - expected) / standard deviation; '-' when chance allows only one value"));
            return;
        }
        if (brokers.Count == 0)
        {
            o.WriteLine("No actor brokers a chain: no A→B→C of cooperative ties without a direct A→C tie.");
            return;
        }
        o.WriteLine("Cells: count (z-score).");
        var table = new TableWriter("RANK", "ACTOR", "CLUSTER", "CHAINS", "COORDINATOR", "ITINERANT", "GATEKEEPER", "REPRESENTATIVE", "LIAISON");
        var rank = 0;
        foreach (var b in brokers)
        {
            // No id column: with it the five role columns do not fit 100 columns; names resolve as well as ids.
            table.Add(++rank, b.ActorName, b.Cluster, b.Chains,
                Cell(b[BrokerageRole.Coordinator]), Cell(b[BrokerageRole.Itinerant]), Cell(b[BrokerageRole.Gatekeeper]),
                Cell(b[BrokerageRole.Representative]), Cell(b[BrokerageRole.Liaison]));
        }
        table.WriteTo(o);
        Legend.Write(o,
            ("CHAINS", "chains A > B > C of cooperative ties through this actor (B), with no direct A-C tie"),
            ("count (z)", "chains in that role; z: how far above (+) or below (-) chance, in standard deviations"),
            ("ROLES", "by camp: coordinator A, B, C in one; itinerant A, C in one, B outside; gatekeeper B in"),
            ("", "C's camp, A outside; representative B in A's camp, C outside; liaison all three apart"));
        if (report.Brokers.Length > brokers.Count) o.WriteLine(string.Create(inv, $"… and {report.Brokers.Length - brokers.Count} more (--top)."));
    }
}
