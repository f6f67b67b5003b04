using System.CommandLine;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>The options every query command ends with, in this order: <c>--as-of</c>, <c>--current</c>,
/// <c>-v/--evidence</c> and <c>--format</c>. A command that has no use for one of them leaves it out, so its
/// help never offers an option it ignores.</summary>
public sealed class QueryScopeOptions
{
    /// <summary><c>--as-of DATE</c>.</summary>
    public Option<DateOnly?> AsOf { get; } = AsOfOption.Create();

    /// <summary><c>--current</c>.</summary>
    public Option<bool> Current { get; } = CurrentOption.Create();

    /// <summary><c>-v/--evidence</c>.</summary>
    public Option<bool> Evidence { get; } = EvidenceOption.Create();

    /// <summary><c>--format table|json</c>.</summary>
    public Option<OutputFormat> Format { get; } = FormatOption.Create();

    /// <summary>Whether the command offers <c>--current</c>.</summary>
    public bool WithCurrent { get; init; } = true;

    /// <summary>Whether the command offers <c>-v/--evidence</c>.</summary>
    public bool WithEvidence { get; init; } = true;

    /// <summary>Adds the options to a command, after its own.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(AsOf);
        if (WithCurrent) command.Options.Add(Current);
        if (WithEvidence) command.Options.Add(Evidence);
        command.Options.Add(Format);
    }

    /// <summary>True when the invocation asked for JSON.</summary>
    public bool IsJson(ParseResult parse) => parse.GetValue(Format) == OutputFormat.Json;
}
