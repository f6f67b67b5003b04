using System.CommandLine;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Import;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Reading;

namespace ActorGraph.Cli.Commands.Import;

/// <summary>The options every <c>import</c> subcommand shares.</summary>
internal sealed class ImportCommandOptions
{
    public Argument<string[]> Files { get; } = new("FILE")
    {
        Description = "Input files: plain text, .gz or .zip (every file in the archive is read).",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<int> Window { get; } = WindowOption.Create("--window", 1,
        "Events of one pair and kind in one window become one tie (Nd or Nw). Default: 1d.");

    public Option<int> TriangleWindow { get; } = WindowOption.Create("--triangle-window", 30,
        "How close in time mediation events with both sides of a hostile pair must be to count as one mediation. Default: 30d.");

    public Option<string?> Out { get; } = new("--out", "-o")
    {
        Description = "Write the result as a CSV seed folder (reviewable; loads with --seed DIR). Written to a temporary folder and moved into place at the end.",
        HelpName = "DIR",
    };

    public Option<bool> IntoStore { get; } = new("--into-store")
    {
        Description = "Replace the graph in the configured store (Neo4j) instead of writing a folder.",
    };

    public Option<bool> DryRun { get; } = new("--dry-run")
    {
        Description = "Read and aggregate, print the summary, write nothing.",
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Replace the --out folder if it exists and is not empty.",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Stop at the first malformed row; nothing is written.",
    };

    public Option<int> EvidencePerTie { get; } = new("--evidence-per-tie")
    {
        Description = "Keep at most this many events (distinct sources) as evidence per tie. Default: 5.",
        DefaultValueFactory = _ => 5,
        HelpName = "N",
    };

    public Option<OutputFormat> Format { get; } = FormatOption.Create();

    public Option<int> MaxActors { get; } = new("--max-actors")
    {
        Description = $"Stop (exit 1, nothing written) past this many distinct actors. Default: {AggregationOptions.DefaultMaxActors:N0}.",
        DefaultValueFactory = _ => AggregationOptions.DefaultMaxActors,
        HelpName = "N",
    };

    public Option<int> MaxTies { get; } = new("--max-ties")
    {
        Description = $"Stop (exit 1, nothing written) past this many distinct ties. Default: {AggregationOptions.DefaultMaxTies:N0}.",
        DefaultValueFactory = _ => AggregationOptions.DefaultMaxTies,
        HelpName = "N",
    };

    public Option<long> MaxDecompressedSize { get; } = new("--max-decompressed-size")
    {
        Description = "Stop when one gzip file or zip entry expands past this many bytes (a compression bomb). Default: 16 GiB.",
        DefaultValueFactory = _ => InputLimits.DefaultMaxDecompressedBytes,
        HelpName = "BYTES",
    };

    public Option<int> MaxLineLength { get; } = new("--max-line-length")
    {
        Description = "Stop at a line longer than this many characters. Default: 1,048,576.",
        DefaultValueFactory = _ => InputLimits.DefaultMaxLineChars,
        HelpName = "CHARS",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Files);
        foreach (var option in new Option[] { Window, TriangleWindow, Out, IntoStore, DryRun, Force, Strict, EvidencePerTie, Format, MaxActors, MaxTies, MaxDecompressedSize, MaxLineLength })
            command.Options.Add(option);
        AtLeast(MaxActors, 1);
        AtLeast(MaxTies, 1);
        AtLeast(MaxDecompressedSize, 1L);
        AtLeast(MaxLineLength, 16);
        command.Validators.Add(result =>
        {
            var targets = (result.GetValue(Out) is not null ? 1 : 0) + (result.GetValue(IntoStore) ? 1 : 0) + (result.GetValue(DryRun) ? 1 : 0);
            if (targets != 1) result.AddError("say where the result goes: exactly one of --out DIR, --into-store or --dry-run");
            if (result.GetValue(EvidencePerTie) is < 0 or > 1000) result.AddError("--evidence-per-tie: must be between 0 and 1000");
        });
    }

    private static void AtLeast<T>(Option<T> option, T minimum) where T : IComparable<T> =>
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>().CompareTo(minimum) < 0) result.AddError($"{option.Name}: must be at least {minimum}");
        });

    public ImportOptions ToImportOptions(ParseResult parse) => new(
        new AggregationOptions(parse.GetValue(Window), parse.GetValue(EvidencePerTie), parse.GetValue(TriangleWindow), parse.GetValue(MaxActors), parse.GetValue(MaxTies)),
        parse.GetValue(Strict),
        Limits: new InputLimits(parse.GetValue(MaxDecompressedSize), parse.GetValue(MaxLineLength)));
}
