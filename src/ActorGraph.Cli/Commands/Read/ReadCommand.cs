using System.CommandLine;
using System.Globalization;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Model;
using ActorGraph.Reading;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Input;
using ActorGraph.Reading.Output;
using ActorGraph.Reading.Scoring;
using ActorGraph.Seed;

namespace ActorGraph.Cli.Commands.Read;

/// <summary><c>actorgraph read</c>: reads reports into a proposed seed folder plus a review file.</summary>
public sealed class ReadCommand : ICliCommand
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <inheritdoc />
    public int Order => 15;

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var inputs = new Argument<string[]>("input") { Description = "Report file(s) (.txt, .md, .html), a folder of them, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the proposed seed and review.md/review.json into (new or empty).", Required = true };
        var into = new Option<string?>("--into") { Description = "Existing seed folder to merge into (read only; the merged seed goes to --out)." };
        var title = new Option<string?>("--title") { Description = "Report title (wins over the file's)." };
        var date = new Option<string?>("--date") { Description = "Publication date YYYY-MM-DD; relative dates (\"today\") need one." };
        var publisher = new Option<string?>("--publisher") { Description = "Publisher." };
        var url = new Option<string?>("--url") { Description = "Address of the report." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest report read, in bytes.", DefaultValueFactory = _ => ReadingOptions.DefaultMaxBytes };
        var force = new Option<bool>("--force") { Description = "Replace --out if it exists and is not empty." };
        var gold = new Option<string?>("--gold") { Description = "Score the result against a gold reading (*.gold.yaml) or a seed folder, and print the scores." };
        var format = FormatOption.Create();
        var command = new Command("read",
            "Read reports (plain text, Markdown, HTML; English) into a proposed seed folder.\n" +
            "review.md/review.json list every proposed fact with its sentence (paragraph and\n" +
            "character offsets), the rule, a confidence and what it would change. Offline.\n\n" +
            "Examples:\n  actorgraph read report.txt --out proposed\n  actorgraph read reports/ --into graph-seed --out merged\n" +
            "  cat page.html | actorgraph read - --date 2024-12-01 --out proposed");
        command.Arguments.Add(inputs);
        foreach (var option in new Option[] { output, into, title, date, publisher, url, maxBytes, force, gold, format }) command.Options.Add(option);
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new ReadingOptions
            {
                Title = parse.GetValue(title),
                Date = ParseDate(parse.GetValue(date)),
                Publisher = parse.GetValue(publisher),
                Url = parse.GetValue(url),
                MaxBytes = parse.GetValue(maxBytes),
                RequireActors = true,
            };
            var files = Expand(parse.GetValue(inputs) ?? []);
            var results = new List<ReadingResult>();
            var failures = new List<string>();
            for (var i = 0; i < files.Count; i++)
            {
                if (files.Count > 1) context.Error.WriteLine($"reading {i + 1}/{files.Count}: {files[i]}");
                try
                {
                    results.Add(files[i] == "-" ? ReportReader.Read(Console.OpenStandardInput(), "-", options, cancellationToken) : ReportReader.ReadFile(files[i], options, cancellationToken));
                }
                catch (ReadingException e)
                {
                    if (files.Count == 1) throw new CliException(e.Message);
                    failures.Add(e.Message);
                    context.Error.WriteLine($"skipped: {e.Message}");
                }
            }
            if (results.Count == 0) throw new CliException("no report could be read; nothing was written");
            var existing = LoadInto(parse.GetValue(into));
            var merged = GraphMerger.Merge(results, existing);
            var outDir = parse.GetValue(output)!;
            try
            {
                OutputFolder.Write(outDir, merged, results, parse.GetValue(force));
            }
            catch (IOException e)
            {
                throw new CliException(e.Message);
            }
            var goldPath = parse.GetValue(gold);
            var score = goldPath is null ? null : GraphScorer.Score(merged.Graph, LoadGold(goldPath));
            if (parse.GetValue(format) == OutputFormat.Json) FormatOption.WriteJson(context, new { output = outDir, reports = results.Count, failures, facts = Count(merged), score });
            else Print(context.Out, outDir, results, merged, failures, score);
            return Task.FromResult(failures.Count == 0 ? ExitCodes.Ok : ExitCodes.InputError);
        });
        return command;
    }

    private static DateOnly? ParseDate(string? text)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new CliException($"--date '{text}' is not a date in the form YYYY-MM-DD", ExitCodes.Usage);
    }

    private static List<string> Expand(string[] inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-") files.Add("-");
            else if (Directory.Exists(input))
                files.AddRange(Directory.EnumerateFiles(input).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal));
            else if (File.Exists(input)) files.Add(input);
            else throw new CliException($"no file or folder at '{input}'");
        }
        if (files.Count == 0) throw new CliException("no .txt, .md or .html report found in the given folder(s)");
        return files;
    }

    private static ActorGraphData? LoadInto(string? seed)
    {
        if (seed is null) return null;
        var loaded = SeedLoader.Load(seed);
        return loaded.Graph ?? throw new CliException($"--into '{seed}' does not load: " + string.Join("; ", loaded.Errors.Take(3)));
    }

    private static GoldReading LoadGold(string path)
    {
        if (Directory.Exists(path))
        {
            var loaded = SeedLoader.Load(path);
            return GoldFiles.FromGraph(path, loaded.Graph ?? throw new CliException($"--gold '{path}' does not load"));
        }
        if (!File.Exists(path)) throw new CliException($"no gold reading at '{path}'");
        return GoldFiles.FromYaml(path);
    }

    private static object Count(MergeResult merged) => merged.Review.GroupBy(r => r.Kind + ": " + r.Change.Split(' ', 2)[0])
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static void Print(TextWriter output, string outDir, List<ReadingResult> results, MergeResult merged, List<string> failures, ScoreCard? score)
    {
        output.WriteLine($"{outDir}: proposed seed from {results.Count} report(s); review in {Path.Combine(outDir, "review.md")}");
        foreach (var kind in new[] { "actor", "relation", "process" })
        {
            var items = merged.Review.Where(r => r.Kind == kind).ToList();
            var changes = items.GroupBy(r => r.Change.StartsWith("known", StringComparison.Ordinal) ? "known" : r.Change.StartsWith("contradicts", StringComparison.Ordinal) ? "contradicting" : r.Change.StartsWith("already", StringComparison.Ordinal) ? "on record" : "new");
            output.WriteLine($"  {items.Count} {(kind == "process" ? "processes" : kind + "s")} ({string.Join(", ", changes.Select(g => $"{g.Count()} {g.Key}"))})");
        }
        if (failures.Count > 0) output.WriteLine($"  {failures.Count} report(s) skipped (see messages above)");
        if (score is null) return;
        output.WriteLine($"score against {score.Name}:");
        output.WriteLine($"  actors     recall {score.Actors.Recall,6:P1}  precision {score.Actors.Precision,6:P1}");
        output.WriteLine($"  relations  recall {score.Relations.Recall,6:P1}  precision {score.Relations.Precision,6:P1}  (modality ignored: {score.RelationsIgnoringModality.Recall:P1} / {score.RelationsIgnoringModality.Precision:P1})");
        output.WriteLine($"  roles      recall {score.ProcessRoles.Recall,6:P1}  precision {score.ProcessRoles.Precision,6:P1}");
        foreach (var m in score.Missing) output.WriteLine("  missing: " + m);
        foreach (var w in score.Wrong) output.WriteLine("  wrong:   " + w);
    }
}
