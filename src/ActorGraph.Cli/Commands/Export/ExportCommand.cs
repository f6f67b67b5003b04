using System.CommandLine;
using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Commands.Export;

/// <summary><c>actorgraph export dot|graphml|gexf|json|cypher</c>: the graph in formats other tools open.</summary>
public sealed class ExportCommand : ICliCommand
{
    /// <inheritdoc />
    public int Order => 300;

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var command = new Command("export",
            "Writes the graph for other tools: Graphviz DOT (pictures for reports), GraphML (Gephi, yEd,\n" +
            "networkx), GEXF (Gephi's timeline), JSON, or a Cypher script that loads it into Neo4j.\n" +
            "Output goes to standard output or --out FILE.\n\n" +
            "Examples:\n  actorgraph export dot --focus Hamas Israel --render svg --out gaza.svg\n" +
            "  actorgraph export graphml --out actors.graphml\n  actorgraph export cypher --out load.cypher");
        command.Subcommands.Add(DotExportCommand.Build(context));
        command.Subcommands.Add(FileExportCommand.Build(context, ExportFormat.GraphMl));
        command.Subcommands.Add(FileExportCommand.Build(context, ExportFormat.Gexf));
        command.Subcommands.Add(FileExportCommand.Build(context, ExportFormat.Json));
        command.Subcommands.Add(FileExportCommand.Build(context, ExportFormat.Cypher));
        return command;
    }
}
