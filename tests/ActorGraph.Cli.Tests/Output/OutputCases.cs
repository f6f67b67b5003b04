using ActorGraph.TestSupport;

namespace ActorGraph.Cli.Tests.Output;

/// <summary>The query commands' default output on two seeds: graph-seed (the news report) and
/// tests/seeds/colombia-farc (written from public knowledge, not for this output code), each command with
/// the actors an analyst would ask about there.</summary>
public static class OutputCases
{
    /// <summary>The seed folders, by short name.</summary>
    public static string Seed(string name) => name switch
    {
        "graph-seed" => RepositoryPaths.SeedDirectory,
        _ => RepositoryPaths.Combine("tests", "seeds", name),
    };

    private static readonly (string Seed, string Name, string[] Args)[] All =
    [
        ("graph-seed", "validate", ["validate"]),
        ("graph-seed", "actors", ["actors"]),
        ("graph-seed", "show", ["show", "hamas"]),
        ("graph-seed", "show-process-outcome", ["show", "hezbollah"]),
        ("graph-seed", "mediators", ["mediators", "Hamas", "Israel"]),
        ("graph-seed", "mediators-outcome", ["mediators", "Israel", "Hezbollah"]),
        ("graph-seed", "mediators-rolled-up", ["mediators", "Netanyahu", "Hamas"]),
        ("graph-seed", "paths", ["paths", "Qatar", "France"]),
        ("graph-seed", "clusters", ["clusters"]),
        ("graph-seed", "centrality", ["centrality"]),
        ("graph-seed", "brokerage", ["brokerage"]),
        ("colombia-farc", "validate", ["validate"]),
        ("colombia-farc", "actors", ["actors"]),
        ("colombia-farc", "show", ["show", "farc"]),
        ("colombia-farc", "mediators-past", ["mediators", "Colombia", "FARC"]),
        ("colombia-farc", "mediators", ["mediators", "Colombia", "ELN"]),
        ("colombia-farc", "paths", ["paths", "Cuba", "ELN"]),
        ("colombia-farc", "clusters", ["clusters"]),
        ("colombia-farc", "centrality", ["centrality"]),
        ("colombia-farc", "brokerage", ["brokerage"]),
    ];

    /// <summary>(seed, case name, arguments without --seed).</summary>
    public static TheoryData<string, string, string[]> Default
    {
        get
        {
            var data = new TheoryData<string, string, string[]>();
            foreach (var (seed, name, args) in All) data.Add(seed, name, args);
            return data;
        }
    }

    /// <summary>Every case, in the default form and with -v where the command takes it.</summary>
    public static TheoryData<string, string, string[]> DefaultAndFull
    {
        get
        {
            var data = Default;
            foreach (var (seed, name, args) in All.Where(c => c.Args[0] is "show" or "mediators" or "paths"))
                data.Add(seed, name + "-v", [.. args, "-v"]);
            return data;
        }
    }
}
