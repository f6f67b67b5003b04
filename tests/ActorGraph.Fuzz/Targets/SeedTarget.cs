using ActorGraph.Seed;

namespace ActorGraph.Fuzz.Targets;

/// <summary>The seed loader on one file: <c>yaml</c> writes the input as a YAML seed file; <c>csv</c> takes
/// the first byte to choose the CSV kind (actors, sources, relations, processes) and the rest as its text,
/// beside a small valid actors file so that references resolve. Invariant: no exception, and a result is
/// either a graph or at least one error with a message.</summary>
internal sealed class SeedTarget(string name) : IFuzzTarget
{
    private static readonly string[] CsvNames = ["actors.csv", "sources.csv", "relations.csv", "processes.csv"];
    private const string Actors = "actors:\n  - {id: alpha, name: Alpha, kind: state}\n  - {id: beta, name: Beta, kind: armed-group}\n  - {id: gamma, name: Gamma, kind: state}\nsources:\n  - {id: rep, title: Report}\n";

    // Small limits keep each run fast; the limits themselves are part of what is tested.
    private static readonly SeedLimits Limits = new() { MaxYamlFileMegabytes = 1, MaxCsvFileMegabytes = 1, MaxLineCharacters = 65_536, MaxAliasExpansion = 100_000, MaxRecords = 100_000 };

    private readonly string _folder = Directory.CreateTempSubdirectory("ag-fuzz-").FullName;

    public string Name => name;

    public void Run(byte[] input)
    {
        foreach (var file in Directory.EnumerateFiles(_folder)) File.Delete(file);
        if (name == "yaml")
        {
            File.WriteAllBytes(Path.Combine(_folder, "seed.yaml"), input);
        }
        else
        {
            File.WriteAllText(Path.Combine(_folder, "base.yaml"), Actors);
            var kind = input.Length > 0 ? input[0] % CsvNames.Length : 0;
            File.WriteAllBytes(Path.Combine(_folder, "x" + CsvNames[kind]), input.Length > 0 ? input[1..] : input);
            File.Move(Path.Combine(_folder, "x" + CsvNames[kind]), Path.Combine(_folder, CsvNames[kind]));
        }
        var result = SeedLoader.Load(_folder, Limits);
        if (result.Succeeded != (result.Graph is not null) || result.Succeeded != result.Errors.IsEmpty)
            throw new FuzzFailure("a result must be a graph or errors, not both or neither");
        foreach (var error in result.Errors)
        {
            if (string.IsNullOrWhiteSpace(error.Message)) throw new FuzzFailure("an error without a message");
            if (error.Line < 0 || error.Column < 0) throw new FuzzFailure($"a negative position: {error}");
        }
    }
}
