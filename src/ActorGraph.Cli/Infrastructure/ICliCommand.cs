using System.CommandLine;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>One top-level <c>actorgraph</c> command. Implementations are found by reflection in this
/// assembly (a public class with a parameterless constructor), so adding a command is adding a file.</summary>
public interface ICliCommand
{
    /// <summary>Where the command appears in <c>--help</c>: lower first.</summary>
    int Order { get; }

    /// <summary>Builds the command; its action writes through <paramref name="context"/>.</summary>
    Command Build(CliContext context);
}
