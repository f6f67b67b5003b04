using System.Text;
using System.Xml;

namespace ActorGraph.Export.Text;

/// <summary>How the XML exports (GraphML, GEXF) are laid out: a UTF-8 declaration, two-space indents,
/// <c>\n</c> line ends (line breaks inside values written as character references, so they survive
/// attribute normalisation), and a final newline.</summary>
internal static class XmlOutput
{
    public static void Write(TextWriter writer, Action<XmlWriter> body)
    {
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            Encoding = new UTF8Encoding(false),
        };
        using (var xml = XmlWriter.Create(writer, settings)) body(xml);
        writer.Write('\n');
    }
}
