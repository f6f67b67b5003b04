using System.CommandLine;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;
using ActorGraph.Hosting.Queries;

namespace ActorGraph.Cli.Commands.Graph;

/// <summary><c>actorgraph actors</c>: the actors in the graph, optionally of one kind.</summary>
public sealed class ActorsCommand : ICliCommand
{
    /// <inheritdoc />
    public int Order => 20;

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var source = new GraphSourceOptions();
        var format = FormatOption.Create();
        var kind = new Option<string?>("--kind", "-k")
        {
            Description = "Only actors of this kind: " + string.Join(", ", EnumText.Names<ActorKind>()) + ".",
            HelpName = "KIND",
        };
        var command = new Command("actors",
            "List actors: id, name, kind, country and the aliases you can type instead of the id.\n\n" +
            "Examples:\n  actorgraph actors\n  actorgraph actors --kind state --format json");
        source.AddTo(command);
        command.Options.Add(kind);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var wanted = ParseKind(parse.GetValue(kind));
            var graph = await source.LoadAsync(parse, context, cancellationToken);
            var actors = GraphQueries.Actors(graph, wanted);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                FormatOption.WriteJson(context, actors);
                return ExitCodes.Ok;
            }
            var table = new TableWriter("ID", "NAME", "KIND", "COUNTRY", "ALIASES");
            foreach (var a in actors) table.Add(a.Id, a.Name, EnumText.Name(a.Kind), a.Country, string.Join(", ", a.Aliases));
            table.WriteTo(context.Out);
            context.Error.WriteLine($"{actors.Length} actor(s) from {graph.Origin}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ActorKind? ParseKind(string? text)
    {
        if (text is null) return null;
        if (EnumText.TryParse<ActorKind>(text.Trim(), out var kind)) return kind;
        foreach (var k in Enum.GetValues<ActorKind>())
        {
            if (string.Equals(k.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase)) return k;
        }
        var names = EnumText.Names<ActorKind>();
        var near = Core.Text.Suggestions.Closest(text, names, 1);
        throw new CliException($"unknown actor kind '{text}'" + (near.Count > 0 ? $"; did you mean '{near[0]}'?" : "") +
            $" Known kinds: {string.Join(", ", names)}.", ExitCodes.Usage);
    }
}
