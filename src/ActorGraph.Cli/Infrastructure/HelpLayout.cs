using System.CommandLine;
using System.CommandLine.Help;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>Lays help out for a 100-column terminal. Descriptions are written in the source with line breaks
/// where they read well at the full width; under an option's name column those breaks would leave ragged
/// half-lines, so a break inside a paragraph becomes a space and the help renderer wraps the paragraph
/// itself. Blank lines, lines ending in ':' and indented lines (examples) keep their breaks.</summary>
public static class HelpLayout
{
    /// <summary>Sets every help option under <paramref name="root"/> to <paramref name="width"/> columns and
    /// reflows every description in the tree.</summary>
    public static void Apply(Command root, int width)
    {
        ArgumentNullException.ThrowIfNull(root);
        Reflow(root);
        foreach (var help in root.Options.OfType<HelpOption>())
            if (help.Action is HelpAction action) action.MaxWidth = width;
    }

    /// <summary>What a parent's list of commands shows of a command: its description's first sentence (the
    /// whole description, examples included, is in the command's own help).</summary>
    public static string Summary(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var paragraph = description.Split("\n\n")[0].Split('\n')[0];
        var end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end < 0 ? paragraph : paragraph[..(end + 1)];
        return sentence.Length == 0 ? sentence : sentence.TrimEnd();
    }

    /// <summary>When <paramref name="parsed"/> asks for help, each subcommand listed in it is described by its
    /// first sentence (the help renderer offers no other way to give a list row its own text; the tree is built
    /// for one run, so nothing is restored).</summary>
    public static void SummariseListedCommands(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Action is not HelpAction) return;
        foreach (var command in parsed.CommandResult.Command.Subcommands)
            command.Description = Summary(command.Description ?? "");
    }

    /// <summary>Joins the lines of each paragraph of <paramref name="text"/> (see the class summary).</summary>
    public static string Reflow(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) result.Append(JoinsPrevious(lines[i - 1], lines[i]) ? ' ' : '\n');
            result.Append(i + 1 < lines.Length && JoinsPrevious(lines[i], lines[i + 1]) ? lines[i].TrimEnd() : lines[i]);
        }
        return result.ToString();
    }

    private static bool JoinsPrevious(string previous, string line) =>
        previous.Trim().Length > 0 && line.Trim().Length > 0 && !char.IsWhiteSpace(line[0]) &&
        !previous.TrimEnd().EndsWith(':') && !char.IsWhiteSpace(previous[0]);

    private static void Reflow(Command command)
    {
        if (command.Description is { } description) command.Description = Reflow(description);
        foreach (var option in command.Options)
            if (option.Description is { } text) option.Description = Reflow(text);
        foreach (var argument in command.Arguments)
            if (argument.Description is { } text) argument.Description = Reflow(text);
        foreach (var sub in command.Subcommands) Reflow(sub);
    }
}
