using ActorGraph.Seed.Records;

namespace ActorGraph.Seed.Yaml;

/// <summary>Refuses YAML nested deeper than any seed file needs, before YamlDotNet parses it: its parser
/// recurses per level, and a file of 200,000 <c>[</c> overflows the stack and kills the process (a
/// watched seed folder must not be able to crash the service).</summary>
/// <remarks>A cheap approximation: flow brackets are counted where a flow collection can start (after
/// line start, <c>-</c>, <c>:</c>, <c>,</c> or another bracket) outside quotes and comments, and block
/// nesting is bounded through indentation. Seed files nest about five levels.</remarks>
internal static class YamlDepthGuard
{
    public const int MaxFlowDepth = 64;
    public const int MaxIndentation = 256;

    /// <summary>Where the text first nests too deep, with a message; null when it is fine.</summary>
    public static (Location Location, string Message)? Check(string text)
    {
        var depth = 0;
        var line = 1;
        var column = 0;
        var indentation = 0;
        var atIndentation = true;
        var canStartFlow = true;
        char quote = '\0';
        var comment = false;
        foreach (var c in text)
        {
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                indentation = 0;
                atIndentation = true;
                canStartFlow = true;
                comment = false;
                quote = '\0'; // a quoted scalar may go on, but a misread apostrophe must not swallow the file
                continue;
            }
            if (comment) continue;
            if (atIndentation && c == ' ')
            {
                if (++indentation > MaxIndentation) return (new Location(line, column), $"indentation deeper than {MaxIndentation} columns; seed files nest only a few levels");
                continue;
            }
            atIndentation = false;
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }
            var opened = false;
            switch (c)
            {
                case '"' or '\'' when canStartFlow:
                    quote = c;
                    break;
                case '#':
                    comment = true;
                    break;
                case '[' or '{' when canStartFlow:
                    opened = true;
                    if (++depth > MaxFlowDepth) return (new Location(line, column), $"lists or maps nested more than {MaxFlowDepth} deep; seed files nest only a few levels");
                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
            if (c is not (' ' or '\t')) canStartFlow = opened || c is '-' or ':' or ',' or '?';
        }
        return null;
    }
}
