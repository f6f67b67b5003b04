using System.CommandLine;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Import.Csv;
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
            "Import GDELT 2.0 event files (61 tab-separated columns; plain, .gz or .zip). CAMEO 1.1b3 codes map to relation kinds.\n\n" +
            "Example:\n  actorgraph import gdelt 20240510120000.export.CSV.zip --out ./gdelt-seed",
            _ => new GdeltEventReader()));
        command.Subcommands.Add(Sub(context, "icews",
            "Import ICEWS coded event files (tab-separated with the ICEWS header; plain, .gz or .zip).\n\n" +
            "Example:\n  actorgraph import icews events.2022.tab --window 7d --out ./icews-seed",
            _ => new IcewsEventReader()));
        command.Subcommands.Add(Sub(context, "plover",
            "Import PLOVER/POLECAT events as JSON lines (one object per line; actors may be lists).\n\n" +
            "Example:\n  actorgraph import plover events.jsonl --out ./plover-seed",
            _ => new PloverEventReader()));

        var map = new Option<string>("--map")
        {
            Description = "Which column holds what: source=COL,target=COL,date=COL and one of code=COL (CAMEO), kind=COL (relation kind) " +
                          "or event=COL (PLOVER); optional source-name, target-name, source-country, target-country, goldstein, sources, url, id.",
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
                    return new CsvEventReader(ColumnMap.Parse(parse.GetValue(map)!), parse.GetValue(delimiter));
                }
                catch (FormatException ex)
                {
                    throw new CliException(ex.Message, ExitCodes.Usage);
                }
            },
            map, delimiter));
        return command;
    }

    private static Command Sub(CliContext context, string name, string description, Func<ParseResult, IEventReader> reader, params Option[] extra)
    {
        var command = new Command(name, description);
        var options = new ImportCommandOptions();
        options.AddTo(command);
        foreach (var option in extra) command.Options.Add(option);
        command.SetAction((parse, cancellationToken) => ImportRunner.RunAsync(reader(parse), options, parse, context, cancellationToken));
        return command;
    }
}
