using ActorGraph.Seed.Records;

namespace ActorGraph.Seed;

/// <summary>The seed files in a folder: top-level <c>*.yaml</c>, <c>*.yml</c> and <c>*.csv</c> in ordinal
/// name order (subfolders are not read), with the section each CSV file holds, known from its name.</summary>
internal sealed record SeedFolder(IReadOnlyList<SeedFolder.SeedFile> Files)
{
    /// <summary>One file: its path, its name relative to the folder, its format, and for CSV its section.</summary>
    internal sealed record SeedFile(string Path, string Name, SeedFormat Format, string? CsvSection);

    /// <summary>The section names in load order: actors first (everything refers to them), then
    /// sources (evidence refers to them), relations, processes.</summary>
    public static readonly string[] LoadOrder = ["actors", "sources", "relations", "processes"];

    /// <summary>Lists the folder; problems (no such folder, no files, unclassifiable CSV) go to <paramref name="errors"/>.</summary>
    public static SeedFolder List(string directory, SeedErrors errors)
    {
        if (!Directory.Exists(directory))
        {
            errors.AddForFile(directory, File.Exists(directory)
                ? "is a file; point --seed at the folder that holds the seed files"
                : $"seed folder not found (looked for {System.IO.Path.GetFullPath(directory)}); point --seed or ACTORGRAPH_SEED at a folder of *.yaml or *.csv files");
            return new SeedFolder([]);
        }

        var files = new List<SeedFile>();
        string[] paths;
        try
        {
            paths = Directory.GetFiles(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.AddForFile(directory, "cannot list the seed folder: " + e.Message);
            return new SeedFolder([]);
        }
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(path);
            var extension = System.IO.Path.GetExtension(name).ToLowerInvariant();
            if (name.StartsWith('.')) continue;
            if (extension is ".yaml" or ".yml")
            {
                files.Add(new SeedFile(path, name, SeedFormat.Yaml, null));
            }
            else if (extension == ".csv")
            {
                var section = Array.Find(LoadOrder, s => name.StartsWith(s, StringComparison.OrdinalIgnoreCase));
                if (section is null)
                {
                    errors.AddForFile(name, "cannot tell what this CSV file holds; name it actors*.csv, sources*.csv, relations*.csv or processes*.csv");
                    continue;
                }
                files.Add(new SeedFile(path, name, SeedFormat.Csv, section));
            }
        }

        if (files.Count == 0 && errors.Count == 0)
        {
            errors.AddForFile(directory, "no seed files here; expected *.yaml, *.yml or *.csv files (e.g. actors.yaml, relations.csv)");
        }
        return new SeedFolder(files);
    }
}
