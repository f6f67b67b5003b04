using System.Text;

namespace ActorGraph.Cli.Commands.Neo4j;

/// <summary>Splits Cypher text into statements at semicolons outside strings, quoted names and comments.</summary>
public static class CypherScript
{
    /// <summary>The complete statements in <paramref name="text"/> and the unfinished rest (no closing ';' yet).</summary>
    public static (IReadOnlyList<string> Statements, string Remainder) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var statements = new List<string>();
        var current = new StringBuilder();
        char quote = '\0';
        var lineComment = false;
        var blockComment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (lineComment)
            {
                if (c == '\n') lineComment = false;
            }
            else if (blockComment)
            {
                if (c == '*' && next == '/') { blockComment = false; current.Append(c); i++; c = next; }
            }
            else if (quote != '\0')
            {
                if (c == '\\' && quote != '`' && next != '\0') { current.Append(c); i++; c = next; }
                else if (c == quote) quote = '\0';
            }
            else if (c is '\'' or '"' or '`') quote = c;
            else if (c == '/' && next == '/') lineComment = true;
            else if (c == '/' && next == '*') blockComment = true;
            else if (c == ';')
            {
                var s = current.ToString().Trim();
                if (s.Length > 0) statements.Add(s);
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        return (statements, current.ToString());
    }
}
