using System.CommandLine;
using System.Globalization;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Import;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Output;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Reading;

namespace ActorGraph.Cli.Commands.Import;

/// <summary>Runs one import subcommand: read, report problems, write, summarise.</summary>
internal static class ImportRunner
{
    /// <summary>Reads the files into a graph (an event reader through <see cref="EventImporter"/>, or a data set importer).</summary>
    public delegate ImportResult Importer(IReadOnlyList<string> files, ImportOptions options, IProgress<StoreProgress> progress, CancellationToken cancellationToken);

    /// <summary>The importer of an event format.</summary>
    public static Importer For(IEventReader reader) =>
        (files, options, progress, cancellationToken) => EventImporter.Import(reader, files, options, progress, cancellationToken);

    public static async Task<int> RunAsync(Importer import, ImportCommandOptions o, ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var files = parse.GetValue(o.Files) ?? [];
        var outDir = parse.GetValue(o.Out);
        if (outDir is not null && !parse.GetValue(o.Force) && Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
            throw new CliException($"{outDir}: the folder exists and is not empty; choose another --out or pass --force to replace it");
        using var store = parse.GetValue(o.IntoStore) ? ImportStoreTarget.Open() : null;

        var terminal = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        var progress = new ImportProgressDisplay(context.Error, terminal);
        ImportResult result;
        try
        {
            result = import(files, o.ToImportOptions(parse), progress, cancellationToken);
        }
        catch (ImportFailedException ex)
        {
            progress.Finish();
            throw new CliException(ex.Message);
        }
        progress.Finish();

        var s = result.Summary;
        foreach (var issue in s.Issues) context.Error.WriteLine(issue.ToString());
        if (s.RowsMalformed > s.Issues.Count)
            context.Error.WriteLine($"... and {s.RowsMalformed - s.Issues.Count:N0} more malformed row(s); the import went on (use --strict to stop at the first).");

        string? output = null;
        try
        {
            if (outDir is not null)
            {
                ImportWriter.WriteSeedFolder(result.Graph, outDir, parse.GetValue(o.Force));
                output = outDir;
            }
            else if (store is not null)
            {
                await ImportWriter.IntoStoreAsync(store.Store, result.Graph, string.Join(", ", files), progress, cancellationToken);
                output = store.Store.Description;
            }
        }
        catch (ImportFailedException ex)
        {
            throw new CliException(ex.Message);
        }
        catch (IOException ex)
        {
            throw new CliException($"{outDir}: cannot write the seed folder: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliException($"{outDir}: cannot write the seed folder: {ex.Message}");
        }

        var report = ImportReport.From(s, output);
        if (parse.GetValue(o.Format) == OutputFormat.Json) FormatOption.WriteJson(context, report);
        else WriteTable(context.Out, report);
        return ExitCodes.Ok;
    }

    private static void WriteTable(TextWriter w, ImportReport r)
    {
        var where = r.Output is null ? "(dry run: nothing written)" : $"into {r.Output}";
        w.WriteLine($"Imported {r.Format} from {r.Files.Count} file(s) {where}; CAMEO {r.CameoVersion}");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rows read           {r.RowsRead,12:N0}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rows imported       {r.RowsImported,12:N0}"));
        var skipped = r.RowsSkipped.Values.Sum();
        var reasons = r.RowsSkipped.Count == 0 ? "" : "  (" + string.Join(", ", r.RowsSkipped.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value:N0} {kv.Key.Replace('-', ' ')}"))) + ")";
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rows skipped        {skipped,12:N0}{reasons}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  actors              {r.Actors,12:N0}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  relations           {r.Relations,12:N0}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  processes inferred  {r.ProcessesInferred,12:N0}"));
        if (r.ProcessesReported > 0) w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  processes reported  {r.ProcessesReported,12:N0}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  time                {r.Seconds,10:0.00} s  ({r.RowsPerSecond:N0} rows/s)"));
    }
}
