using System.Globalization;
using System.Text;
using System.Xml;
using ActorGraph.Core.Model;
using ActorGraph.Export.Text;
using ActorGraph.Export.View;
using ActorGraph.Core.Text;

namespace ActorGraph.Export.GraphMl;

/// <summary>Writes an actor graph as GraphML (http://graphml.graphdrawing.org/) with every attribute
/// declared as a typed <c>&lt;key&gt;</c>, for Gephi, yEd, Cytoscape and networkx.</summary>
/// <remarks>Actors and mediation processes are nodes (attribute <c>type</c>); relations are edges, and
/// each process is joined to its parties and mediators by edges (actor to process, no id) with a <c>role</c>. The graph is
/// directed by default; symmetric kinds (meets, negotiates...) carry <c>directed="false"</c>.
/// GraphML ids must be XML name tokens, so ids are encoded reversibly (<see cref="XmlConvert.EncodeNmToken"/>)
/// with prefixes <c>a:</c>, <c>p:</c>, <c>r:</c>; the original id is in <c>actorgraph_id</c>.
/// Output is deterministic (sorted, invariant numbers, <c>\n</c> line ends). Cost O(V log V + E log E).</remarks>
public static class GraphMlWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>The GraphML text for <paramref name="graph"/>.</summary>
    public static string Write(ActorGraphData graph, ExportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(ExportView.Create(graph, options), writer);
        return writer.ToString();
    }

    /// <summary>Writes GraphML for <paramref name="view"/>; the declaration says UTF-8, so write it to a UTF-8 file.</summary>
    public static void Write(ExportView view, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(writer);
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
        using (var xml = XmlWriter.Create(writer, settings))
        {
            xml.WriteStartElement("graphml", Ns);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                Ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            foreach (var key in KeysFor(view)) WriteKey(xml, key);

            xml.WriteStartElement("graph", Ns);
            xml.WriteAttributeString("id", "actorgraph");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var actor in view.Actors) WriteActor(xml, view, actor);
            foreach (var process in view.Processes) WriteProcess(xml, process);
            foreach (var relation in view.Relations) WriteRelation(xml, relation);
            foreach (var process in view.Processes) WriteProcessLinks(xml, view, process);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        writer.Write('\n');
    }

    /// <summary>The keys declared for a view: <see cref="GraphMlKey.Always"/>, plus cluster and focus when present.</summary>
    public static IReadOnlyList<GraphMlKey> KeysFor(ExportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var keys = new List<GraphMlKey>(GraphMlKey.Always);
        if (view.Options.Clusters is not null) keys.Insert(13, GraphMlKey.Cluster);
        if (view.Options.Focus is not null) keys.Insert(view.Options.Clusters is null ? 13 : 14, GraphMlKey.Focus);
        return keys;
    }

    /// <summary>The GraphML node id of an actor.</summary>
    public static string ActorNodeId(string actorId) => XmlConvert.EncodeNmToken("a:" + actorId);

    /// <summary>The GraphML node id of a process.</summary>
    public static string ProcessNodeId(string processId) => XmlConvert.EncodeNmToken("p:" + processId);

    private static void WriteKey(XmlWriter xml, GraphMlKey key)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", key.Id);
        xml.WriteAttributeString("for", key.For);
        xml.WriteAttributeString("attr.name", key.Name);
        xml.WriteAttributeString("attr.type", key.Type);
        xml.WriteEndElement();
    }

    private static void WriteActor(XmlWriter xml, ExportView view, Actor actor)
    {
        xml.WriteStartElement("node", Ns);
        xml.WriteAttributeString("id", ActorNodeId(actor.Id));
        Data(xml, GraphMlKey.NodeType, "actor");
        Data(xml, GraphMlKey.NodeLabel, actor.Name);
        Data(xml, GraphMlKey.NodeId, actor.Id);
        Data(xml, GraphMlKey.Kind, EnumText.Name(actor.Kind));
        Data(xml, GraphMlKey.Country, actor.Country);
        Data(xml, GraphMlKey.Aliases, actor.Aliases.IsEmpty ? null : string.Join("; ", actor.Aliases));
        Data(xml, GraphMlKey.Description, actor.Description);
        if (view.ClusterOf(actor.Id) is { } cluster) Data(xml, GraphMlKey.Cluster, ExportText.Number(cluster));
        Data(xml, GraphMlKey.Focus, view.FocusName(actor.Id));
        xml.WriteEndElement();
    }

    private static void WriteProcess(XmlWriter xml, MediationProcess process)
    {
        xml.WriteStartElement("node", Ns);
        xml.WriteAttributeString("id", ProcessNodeId(process.Id));
        Data(xml, GraphMlKey.NodeType, "process");
        Data(xml, GraphMlKey.NodeLabel, process.Name);
        Data(xml, GraphMlKey.NodeId, process.Id);
        Data(xml, GraphMlKey.Status, EnumText.Name(process.Status));
        Data(xml, GraphMlKey.NodeTopics, process.Topics.IsEmpty ? null : string.Join("; ", process.Topics));
        Data(xml, GraphMlKey.NodeStart, ExportText.Date(process.When.Start));
        Data(xml, GraphMlKey.NodeEnd, ExportText.Date(process.When.End));
        Data(xml, GraphMlKey.Inferred, process.Inferred ? "true" : "false");
        Data(xml, GraphMlKey.NodeConfidence, ExportText.Number(process.Confidence));
        xml.WriteEndElement();
    }

    private static void WriteRelation(XmlWriter xml, Relation relation)
    {
        xml.WriteStartElement("edge", Ns);
        xml.WriteAttributeString("id", XmlConvert.EncodeNmToken("r:" + relation.Id));
        xml.WriteAttributeString("source", ActorNodeId(relation.Source));
        xml.WriteAttributeString("target", ActorNodeId(relation.Target));
        if (!relation.Kind.Directed) xml.WriteAttributeString("directed", "false");
        Data(xml, GraphMlKey.EdgeLabel, relation.Kind.Name);
        Data(xml, GraphMlKey.EdgeId, relation.Id);
        Data(xml, GraphMlKey.RelationKind, relation.Kind.Name);
        Data(xml, GraphMlKey.Sign, EnumText.Name(relation.Sign));
        Data(xml, GraphMlKey.Strength, ExportText.Number(relation.Strength));
        Data(xml, GraphMlKey.EdgeConfidence, ExportText.Number(relation.Confidence));
        Data(xml, GraphMlKey.EdgeStart, ExportText.Date(relation.When.Start));
        Data(xml, GraphMlKey.EdgeEnd, ExportText.Date(relation.When.End));
        Data(xml, GraphMlKey.EdgeTopics, relation.Topics.IsEmpty ? null : string.Join("; ", relation.Topics));
        Data(xml, GraphMlKey.Modality, EnumText.Name(relation.Modality));
        Data(xml, GraphMlKey.Weight, ExportText.Number(relation.Weight));
        Data(xml, GraphMlKey.Evidence, relation.Evidence.IsEmpty ? null : string.Join(" | ", relation.Evidence.Select(ExportText.EvidenceLine)));
        xml.WriteEndElement();
    }

    private static void WriteProcessLinks(XmlWriter xml, ExportView view, MediationProcess process)
    {
        foreach (var (actorId, role) in view.ParticipantsOf(process))
        {
            var roleName = role == ProcessRole.Mediator ? "mediator" : "party";
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("source", ActorNodeId(actorId));
            xml.WriteAttributeString("target", ProcessNodeId(process.Id));
            Data(xml, GraphMlKey.EdgeLabel, roleName);
            Data(xml, GraphMlKey.Role, roleName);
            xml.WriteEndElement();
        }
    }

    private static void Data(XmlWriter xml, GraphMlKey key, string? value)
    {
        if (value is null) return;
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key.Id);
        xml.WriteString(TextCleaner.Clean(value));
        xml.WriteEndElement();
    }
}
