using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Seed.Csv;
using ActorGraph.Seed.Reading;
using ActorGraph.Seed.Records;
using ActorGraph.Seed.Validation;
using ActorGraph.Seed.Yaml;

namespace ActorGraph.Seed;

/// <summary>Loads a seed folder (YAML and CSV files, see docs/seed-format.md) into a validated
/// <see cref="ActorGraphData"/>, or reports every problem in it.</summary>
public static class SeedLoader
{
    private static readonly Dictionary<string, (FieldSet Set, string[] Required)> Sections = new(StringComparer.Ordinal)
    {
        ["actors"] = (Fields.Actor.Set, ["id", "name", "kind"]),
        ["sources"] = (Fields.Source.Set, ["id", "title"]),
        ["relations"] = (Fields.Relation.Set, ["source", "target", "kind"]),
        ["processes"] = (Fields.Process.Set, ["id", "name", "parties", "mediators", "status"]),
    };

    /// <summary>Reads every top-level <c>*.yaml</c>, <c>*.yml</c> and <c>*.csv</c> file in
    /// <paramref name="directory"/> (not subfolders), validates everything, and returns the graph, or
    /// all errors sorted by file and line with no graph (nothing is half-loaded).</summary>
    /// <remarks>Files are read in ordinal name order; within a kind of record, load order is file order
    /// then record order. Cost: O(total input size) plus O(V) name normalisation when aliases exist.
    /// User errors never throw; cancellation throws <see cref="OperationCanceledException"/>.</remarks>
    public static SeedLoadResult Load(string directory, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Load(directory, SeedLimits.Default, progress, cancellationToken);

    /// <summary>As <see cref="Load(string, IProgress{StoreProgress}?, CancellationToken)"/>, within <paramref name="limits"/>:
    /// a file, line, nesting or count past a limit is a located error and nothing is loaded.</summary>
    public static SeedLoadResult Load(string directory, SeedLimits limits, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(limits);
        var errors = new SeedErrors();
        try
        {
            return LoadWithin(directory, limits, errors, progress, cancellationToken);
        }
        catch (SeedLimitException e)
        {
            errors.Add(e.File, e.Location, e.Message);
            return new SeedLoadResult(null, errors.Sorted());
        }
    }

    private static SeedLoadResult LoadWithin(string directory, SeedLimits limits, SeedErrors errors, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var folder = SeedFolder.List(directory, errors);
        if (folder.Files.Count == 0) return new SeedLoadResult(null, errors.Sorted());

        var yamlFiles = new Dictionary<string, YamlSeedFile?>(StringComparer.Ordinal);
        foreach (var file in folder.Files.Where(f => f.Format == SeedFormat.Yaml))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yamlFiles[file.Name] = YamlSeedFile.Read(file.Path, file.Name, limits, errors);
        }

        var context = new SeedContext(errors);
        long records = 0;
        var scratch = new List<ListItem>();
        var mapScratch = new List<SeedRecord>();
        foreach (var section in SeedFolder.LoadOrder)
        {
            var (set, required) = Sections[section];
            Action<SeedRecord> readKind = section switch
            {
                "actors" => r => ActorReader.Read(r, context, scratch),
                "sources" => r => SourceReader.Read(r, context),
                "relations" => r => RelationReader.Read(r, context, scratch, mapScratch),
                _ => r => ProcessReader.Read(r, context, scratch, mapScratch),
            };
            void readRecord(SeedRecord r)
            {
                if (++records > limits.MaxRecords)
                {
                    throw new SeedLimitException(r.File, r.Location, $"more than {limits.MaxRecords:N0} records in the seed folder; raise the limit (see docs/limits.md)");
                }
                readKind(r);
                if (context.Actors.Count > limits.MaxActors)
                {
                    throw new SeedLimitException(r.File, r.Location, $"more than {limits.MaxActors:N0} actors in the seed folder; raise the limit (see docs/limits.md)");
                }
            }
            long done = 0;
            foreach (var file in folder.Files)
            {
                if (file.Format == SeedFormat.Csv)
                {
                    if (file.CsvSection != section) continue;
                    try
                    {
                        // The bulk of a large folder: a big relations file is read over every core, with the same result.
                        if (section == "relations"
                            && CsvRelationBlocks.TryRead(file.Path, file.Name, set, required, limits, context, ref records, progress, ref done, cancellationToken))
                        {
                            continue;
                        }
                        CsvSeedFile.Read(file.Path, file.Name, set, required, limits, errors, readRecord, progress, section, ref done, cancellationToken);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        errors.AddForFile(file.Name, "cannot read the file: " + e.Message);
                    }
                    continue;
                }
                if (yamlFiles[file.Name] is not { } yaml) continue;
                foreach (var map in yaml.Section(section))
                {
                    readRecord(new YamlRecord(file.Name, map, set, errors));
                    done++;
                }
            }
            progress?.Report(new StoreProgress(section, done, done));
        }

        AliasCheck.Run(context);
        if (errors.Count == 0 && context.Actors.Count == 0)
        {
            errors.AddForFile(directory, "the seed defines no actors; add them under 'actors:' in a YAML file or in actors.csv");
        }
        if (errors.Count > 0) return new SeedLoadResult(null, errors.Sorted());

        cancellationToken.ThrowIfCancellationRequested();
        var graph = new ActorGraphData(context.Actors, context.Relations, context.Processes, context.Sources,
            [.. context.RelationSources], [.. context.RelationTargets]);
        return new SeedLoadResult(graph, []);
    }
}
