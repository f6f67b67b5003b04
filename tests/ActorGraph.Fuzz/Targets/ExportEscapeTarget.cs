using System.Text;
using System.Xml;
using ActorGraph.Core.Model;
using ActorGraph.Export.Dot;
using ActorGraph.Export.GraphMl;
using ActorGraph.Export.Text;

namespace ActorGraph.Fuzz.Targets;

/// <summary>The DOT and GraphML writers' escaping on any text. <c>dot</c>: a quoted string must end at its
/// own closing quote, hold no raw line break, use only the escapes Graphviz reads literally
/// (<c>\"</c>, <c>\\</c>, <c>\n</c>, <c>&amp;amp;</c>) and decode back to the cleaned text.
/// <c>graphml</c>: a graph whose names and descriptions are the input must be well-formed XML that holds
/// them unchanged (after cleaning).</summary>
internal sealed class ExportEscapeTarget(string name) : IFuzzTarget
{
    public string Name => name;

    public void Run(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        if (name == "dot") CheckDot(text);
        else CheckGraphMl(text);
    }

    private static void CheckDot(string text)
    {
        var quoted = DotString.Quote(text);
        var expected = TextCleaner.Clean(text);
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"') throw new FuzzFailure("not a quoted string");
        var decoded = new StringBuilder();
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c is '\n' or '\r') throw new FuzzFailure("a raw line break inside a DOT string");
            if (c == '"') throw new FuzzFailure($"an unescaped quote ends the DOT string early at {i}");
            if (c == '\\')
            {
                var next = i + 1 < quoted.Length - 1 ? quoted[i + 1] : throw new FuzzFailure("a backslash escapes the closing quote");
                decoded.Append(next switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    'n' => '\n',
                    _ => throw new FuzzFailure($"'\\{next}' would be read by Graphviz as an escape"),
                });
                i++;
                continue;
            }
            if (c == '&')
            {
                if (string.CompareOrdinal(quoted, i, "&amp;", 0, 5) != 0) throw new FuzzFailure("a bare '&' that Graphviz may decode as an entity");
                decoded.Append('&');
                i += 4;
                continue;
            }
            decoded.Append(c);
        }
        if (decoded.ToString() != expected) throw new FuzzFailure("the DOT string does not decode to the text");
    }

    private static void CheckGraphMl(string text)
    {
        var actor = new Actor("alpha", text.Length == 0 ? "x" : text, ActorKind.State, [text], Description: text);
        var graph = new ActorGraphData([actor, new Actor("beta", "Beta", ActorKind.Person, [])], [], [], []);
        var xml = GraphMlWriter.Write(graph);
        var texts = new List<string>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace) texts.Add(reader.Value);
            }
        }
        catch (XmlException e)
        {
            throw new FuzzFailure("GraphML is not well-formed", e);
        }
        var cleaned = TextCleaner.Clean(actor.Name);
        if (cleaned.Trim().Length > 0 && !texts.Contains(cleaned)) throw new FuzzFailure("the actor's name is not in the GraphML unchanged");
    }
}
