namespace ActorGraph.Seed;

/// <summary>Bounds on what a seed folder may hold, so that a hostile or broken file gives a located error
/// instead of exhausting memory, the stack or time. The defaults are far above what hand-written or
/// exported seeds need (see docs/limits.md); raise one when a real seed reaches it.</summary>
public sealed class SeedLimits
{
    /// <summary>The defaults.</summary>
    public static readonly SeedLimits Default = new();

    /// <summary>The largest YAML file, in megabytes (YAML is held in memory as a tree while it is read).</summary>
    public int MaxYamlFileMegabytes { get; set; } = 64;

    /// <summary>The largest CSV file, in megabytes (CSV is streamed; the graph built from it is what costs memory).</summary>
    public int MaxCsvFileMegabytes { get; set; } = 4096;

    /// <summary>The longest YAML line or CSV record (a quoted CSV field may span lines), in characters.</summary>
    public int MaxLineCharacters { get; set; } = 1 << 20;

    /// <summary>How deep YAML lists and maps may nest, counting every form (block, compact <c>- - x</c>,
    /// flow, anchored, tagged). Seed files nest at most seven levels.</summary>
    public int MaxNestingDepth { get; set; } = 64;

    /// <summary>How many YAML nodes aliases (<c>*name</c>) may add in one file, counting each use of an
    /// alias as the size of what it names, so that a small file cannot expand into billions of records.</summary>
    public int MaxAliasExpansion { get; set; } = 10_000_000;

    /// <summary>How many records (actors, sources, relations, processes, evidence items, outcomes) the folder may hold.</summary>
    public int MaxRecords { get; set; } = 20_000_000;

    /// <summary>How many distinct actors the folder may define.</summary>
    public int MaxActors { get; set; } = 5_000_000;

    /// <summary>Relations CSV files of at least two blocks of this many bytes are read over every core, block by block
    /// (see <see cref="Csv.CsvRelationBlocks"/>); tests lower it to cut small files into many blocks.</summary>
    internal long ParallelBlockBytes { get; init; } = 16L << 20;

    internal long MaxBytes(Records.SeedFormat format) =>
        (format == Records.SeedFormat.Yaml ? MaxYamlFileMegabytes : MaxCsvFileMegabytes) * 1024L * 1024L;

    /// <summary>The problems with these values, one message each (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Check(problems, nameof(MaxYamlFileMegabytes), MaxYamlFileMegabytes, 1, 65_536);
        Check(problems, nameof(MaxCsvFileMegabytes), MaxCsvFileMegabytes, 1, 1_048_576);
        Check(problems, nameof(MaxLineCharacters), MaxLineCharacters, 256, 1 << 30);
        Check(problems, nameof(MaxNestingDepth), MaxNestingDepth, 8, 1_000);
        Check(problems, nameof(MaxAliasExpansion), MaxAliasExpansion, 1_000, int.MaxValue);
        Check(problems, nameof(MaxRecords), MaxRecords, 1, int.MaxValue);
        Check(problems, nameof(MaxActors), MaxActors, 1, int.MaxValue);
        return problems;
    }

    private static void Check(List<string> problems, string name, int value, int min, int max)
    {
        if (value < min || value > max) problems.Add($"{name} must be between {min} and {max} (it is {value})");
    }
}
