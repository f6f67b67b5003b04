using System.CommandLine;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Import.Csv;
using ActorGraph.Import.Datasets;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Icews;
using ActorGraph.Import.Plover;
using ActorGraph.Import.Reading;

namespace ActorGraph.Cli.Commands.Import;

/// <summary><c>actorgraph import gdelt|icews|plover|csv FILE...</c>: event data into a seed folder or the store.</summary>
public sealed class ImportCommand : ICliCommand
{
    /// <inheritdoc />
    public int Order => 80;

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var command = new Command("import",
            "Import event data (GDELT 2.0, ICEWS, PLOVER JSON lines, any CSV) as aggregated ties between actors,\n" +
            "with source URLs as evidence and mediation triangles rebuilt as inferred processes.\n" +
            "Malformed rows are counted and the first few shown as file:line; --strict stops at the first.\n\n" +
            "Example:\n  actorgraph import gdelt 20240510*.export.CSV.zip --window 7d --out ./gdelt-seed");
        command.Subcommands.Add(Sub(context, "gdelt",
            "Import GDELT event files: 2.0 (61 tab-separated columns) or 1.0 (57, or 58 with SOURCEURL); plain, .gz or .zip.\n" +
            "CAMEO 1.1b3 codes map to relation kinds.\n\n" +
            "Example:\n  actorgraph import gdelt 20240510120000.export.CSV.zip --out ./gdelt-seed",
            _ => new GdeltEventReader()));
        command.Subcommands.Add(Sub(context, "icews",
            "Import ICEWS coded event files (tab-separated with the ICEWS header; plain, .gz or .zip).\n\n" +
            "Example:\n  actorgraph import icews events.2022.tab --window 7d --out ./icews-seed",
            _ => new IcewsEventReader()));
        command.Subcommands.Add(Sub(context, "plover",
            "Import PLOVER/POLECAT events: JSON lines, one JSON array (as the PLOVER gold-standard file), or a POLECAT\n" +
            "tab-separated table (ngecEvents.*.DV.txt, yearly zips); actors may be lists.\n\n" +
            "Example:\n  actorgraph import plover events.jsonl --out ./plover-seed",
            _ => new PloverEventReader()));

        var map = new Option<string[]>("--map")
        {
            Description = "Which column holds what: source=COL,target=COL,date=COL and one of code=COL (CAMEO), kind=COL (relation kind) " +
                          "or event=COL (PLOVER); optional source-name, target-name, source-country, target-country, goldstein, sources, url, id. " +
                          "May be repeated; the parts are joined.",
            HelpName = "FIELD=COLUMN,...",
            Required = true,
        };
        var delimiter = new Option<char?>("--delimiter")
        {
            Description = "Cell delimiter. Default: a tab when the header has tabs and no commas, else a comma.",
            HelpName = "CHAR",
        };
        command.Subcommands.Add(Sub(context, "csv",
            "Import a delimited event table with a header line, through a column map.\n\n" +
            "Example:\n  actorgraph import csv events.csv --map source=Actor1,target=Actor2,date=Day,code=EventCode --out ./csv-seed",
            parse =>
            {
                try
                {
                    return new CsvEventReader(ColumnMap.Parse(JoinMap(parse.GetValue(map))), parse.GetValue(delimiter));
                }
                catch (FormatException ex)
                {
                    throw new CliException(ex.Message, ExitCodes.Usage);
                }
            },
            map, delimiter));

        var processMap = new Option<string[]>("--map")
        {
            Description = "Which column holds what: side-a=COL,side-b=COL (or parties=COL, one cell of all parties),mediators=COL (required); optional conflict, start, end, outcome, id, url, title. " +
                          "A cell may list several actors separated by ; | or ,. May be repeated; the parts are joined.",
            HelpName = "FIELD=COLUMN,...",
            Required = true,
        };
        command.Subcommands.Add(SubWith(context, "mediation",
            "Import mediation processes from a data set table (Civil Wars Mediation, PA-X third parties, or any CSV with sides,\n" +
            "third parties, dates and outcome). Each row is a reported process; dates such as 6//1998 or 2/??/04 keep their\n" +
            "uncertainty (the widest interval, with the precision in the evidence note).\n\n" +
            "Example:\n  actorgraph import mediation cwm.csv --out ./cwm-seed \\\n" +
            "    --map conflict=Conflict,side-a=SideA,side-b=SideB,mediators=Mediators \\\n" +
            "    --map start=Start,end=End,outcome=Outcome\n" +
            "  actorgraph import mediation pax.csv --out ./pax-seed \\\n    --map " + MediationColumnMap.PaX,
            parse =>
            {
                try
                {
                    var columns = MediationColumnMap.Parse(JoinMap(parse.GetValue(processMap)));
                    return (files, options, progress, cancellationToken) => MediationDatasetImporter.Import(files, columns, options, progress, cancellationToken);
                }
                catch (FormatException ex)
                {
                    throw new CliException(ex.Message, ExitCodes.Usage);
                }
            },
            processMap));
        return command;
    }

    // A long map may be given as several --map options (a help example or a script line stays short); their parts join with commas.
    private static string JoinMap(string[]? parts) => string.Join(',', parts ?? []);

    private static Command Sub(CliContext context, string name, string description, Func<ParseResult, IEventReader> reader, params Option[] extra) =>
        SubWith(context, name, description, parse => ImportRunner.For(reader(parse)), extra);

    private static Command SubWith(CliContext context, string name, string description, Func<ParseResult, ImportRunner.Importer> importer, params Option[] extra)
    {
        var command = new Command(name, description);
        var options = new ImportCommandOptions();
        options.AddTo(command);
        foreach (var option in extra) command.Options.Add(option);
        command.SetAction((parse, cancellationToken) => ImportRunner.RunAsync(importer(parse), options, parse, context, cancellationToken));
        return command;
    }
}
