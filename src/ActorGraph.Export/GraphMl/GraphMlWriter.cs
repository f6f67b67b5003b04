using System.Globalization;
using System.Xml;
using ActorGraph.Core.Model;
using ActorGraph.Export.Text;
using ActorGraph.Export.View;
using ActorGraph.Core.Text;

namespace ActorGraph.Export.GraphMl;

/// <summary>Writes an actor graph as GraphML (http://graphml.graphdrawing.org/) with every attribute
/// declared as a typed <c>&lt;key&gt;</c>, for Gephi, yEd, Cytoscape and networkx.</summary>
/// <remarks>Actors and mediation processes are nodes (attribute <c>type</c>); relations are edges, and
/// each process is joined to its parties and mediators by edges (actor to process) with a <c>role</c>.
/// Every edge is directed, from the relation's source (networkx refuses a directed graph with
/// <c>directed="false"</c> edges, and Gephi and yEd each treat mixed graphs differently); a symmetric kind
/// (meets, negotiates...) says so in <c>symmetric</c>. <c>weight</c> is the tie's strength, so tools that
/// weight edges use it. Node ids are the readable ids of <see cref="ReadableIds"/> (<c>hamas</c>,
/// <c>process:gaza-talks</c>), edges are <c>e1</c>, <c>e2</c>...; the original id is in <c>actorgraph_id</c>.
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
        XmlOutput.Write(writer, xml =>
        {
            xml.WriteStartElement("graphml", Ns);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                Ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            foreach (var key in KeysFor(view)) WriteKey(xml, key);

            xml.WriteStartElement("graph", Ns);
            xml.WriteAttributeString("id", "actorgraph");
            xml.WriteAttributeString("edgedefault", "directed");
            var ids = new ReadableIds(view);
            foreach (var actor in view.Actors) WriteActor(xml, view, ids, actor);
            foreach (var process in view.Processes) WriteProcess(xml, ids, process);
            var edge = 0;
            foreach (var relation in view.Relations) WriteRelation(xml, ids, edge++, relation);
            foreach (var process in view.Processes)
                foreach (var (actorId, role) in view.ParticipantsOf(process))
                    WriteProcessLink(xml, ids, edge++, process, actorId, role);
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
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

    private static void WriteKey(XmlWriter xml, GraphMlKey key)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", key.Id);
        xml.WriteAttributeString("for", key.For);
        xml.WriteAttributeString("attr.name", key.Name);
        xml.WriteAttributeString("attr.type", key.Type);
        xml.WriteEndElement();
    }

    private static void WriteActor(XmlWriter xml, ExportView view, ReadableIds ids, Actor actor)
    {
        xml.WriteStartElement("node", Ns);
        xml.WriteAttributeString("id", ids.Actor(actor.Id));
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

    private static void WriteProcess(XmlWriter xml, ReadableIds ids, MediationProcess process)
    {
        xml.WriteStartElement("node", Ns);
        xml.WriteAttributeString("id", ids.Process(process.Id));
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

    private static void WriteRelation(XmlWriter xml, ReadableIds ids, int index, Relation relation)
    {
        xml.WriteStartElement("edge", Ns);
        xml.WriteAttributeString("id", ReadableIds.Edge(index));
        xml.WriteAttributeString("source", ids.Actor(relation.Source));
        xml.WriteAttributeString("target", ids.Actor(relation.Target));
        Data(xml, GraphMlKey.EdgeLabel, relation.Kind.Name);
        Data(xml, GraphMlKey.EdgeId, relation.Id);
        Data(xml, GraphMlKey.RelationKind, relation.Kind.Name);
        Data(xml, GraphMlKey.Sign, EnumText.Name(relation.Sign));
        Data(xml, GraphMlKey.Weight, ExportText.Number(ExportText.Strength(relation)));
        Data(xml, GraphMlKey.Symmetric, relation.Kind.Directed ? "false" : "true");
        Data(xml, GraphMlKey.EdgeConfidence, ExportText.Number(relation.Confidence));
        Data(xml, GraphMlKey.EdgeStart, ExportText.Date(relation.When.Start));
        Data(xml, GraphMlKey.EdgeEnd, ExportText.Date(relation.When.End));
        Data(xml, GraphMlKey.EdgeTopics, relation.Topics.IsEmpty ? null : string.Join("; ", relation.Topics));
        Data(xml, GraphMlKey.Modality, EnumText.Name(relation.Modality));
        Data(xml, GraphMlKey.Events, ExportText.Number(relation.Weight));
        Data(xml, GraphMlKey.Evidence, relation.Evidence.IsEmpty ? null : string.Join(" | ", relation.Evidence.Select(ExportText.EvidenceLine)));
        xml.WriteEndElement();
    }

    private static void WriteProcessLink(XmlWriter xml, ReadableIds ids, int index, MediationProcess process, string actorId, ProcessRole role)
    {
        var roleName = role == ProcessRole.Mediator ? "mediator" : "party";
        xml.WriteStartElement("edge", Ns);
        xml.WriteAttributeString("id", ReadableIds.Edge(index));
        xml.WriteAttributeString("source", ids.Actor(actorId));
        xml.WriteAttributeString("target", ids.Process(process.Id));
        Data(xml, GraphMlKey.EdgeLabel, roleName);
        Data(xml, GraphMlKey.Role, roleName);
        xml.WriteEndElement();
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
