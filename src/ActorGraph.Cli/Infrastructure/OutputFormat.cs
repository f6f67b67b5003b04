using System.CommandLine;
using System.Text.Json;
using ActorGraph.Core.Json;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>How a query command prints its result.</summary>
public enum OutputFormat
{
    /// <summary>An aligned text table for people.</summary>
    Table,
    /// <summary>JSON for programs (shape documented per command; stable).</summary>
    Json,
}

/// <summary>The <c>--format table|json</c> option and writing a result in the chosen format.</summary>
public static class FormatOption
{
    /// <summary>A new <c>--format</c> option (each command gets its own instance).</summary>
    public static Option<OutputFormat> Create() => new("--format", "-f")
    {
        Description = "Output format: 'table' for people, 'json' for scripts (stable, documented shape).",
        DefaultValueFactory = _ => OutputFormat.Table,
        HelpName = "table|json",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            switch (text.ToLowerInvariant())
            {
                case "table": return OutputFormat.Table;
                case "json": return OutputFormat.Json;
                default:
                    result.AddError($"--format: '{text}' is not a format; use table (for people) or json (for scripts)");
                    return OutputFormat.Table;
            }
        },
    };

    /// <summary>Writes text for people through a <see cref="WrappingWriter"/>, so that no line is wider than the
    /// terminal's 100 columns; JSON never goes through it.</summary>
    public static void WriteText(CliContext context, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(write);
        using var wrapped = new WrappingWriter(context.Out);
        write(wrapped);
    }

    /// <summary>Writes <paramref name="value"/> as indented JSON followed by a newline.</summary>
    public static void WriteJson<T>(CliContext context, T value)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Out.WriteLine(JsonSerializer.Serialize(value, ActorGraphJson.Indented));
    }
}
