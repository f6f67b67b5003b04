using System.Globalization;
using System.Xml;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;
using ActorGraph.Export.Text;
using ActorGraph.Export.View;

namespace ActorGraph.Export.Gexf;

/// <summary>Writes an actor graph as GEXF 1.3 (https://gexf.net/) for Gephi, with time intervals so that
/// Gephi's timeline shows the graph as it was on each date.</summary>
/// <remarks>The graph is <c>mode="dynamic"</c> with <c>timeformat="date"</c>: a relation's edge carries
/// <c>start</c>/<c>end</c> from its dates (inclusive; a point event has a start and no end, because it stays
/// part of the record afterwards, as <see cref="DateRange.Contains"/> has it); a process node and its
/// party and mediator links carry the process's dates; actors have no dates and are always present.
/// Every edge is directed from the relation's source (<c>symmetric</c> says when the direction carries no
/// meaning); <c>weight</c> is the tie's strength (0..1). Ids are those of <see cref="ReadableIds"/>.
/// Output is deterministic (sorted, invariant numbers, <c>\n</c> line ends, no timestamp). Cost O(V log V + E log E).</remarks>
public static class GexfWriter
{
    /// <summary>The GEXF 1.3 namespace.</summary>
    public const string Ns = "http://gexf.net/1.3";

    /// <summary>The GEXF text for <paramref name="graph"/>.</summary>
    public static string Write(ActorGraphData graph, ExportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(ExportView.Create(graph, options), writer);
        return writer.ToString();
    }

    /// <summary>Writes GEXF for <paramref name="view"/>; the declaration says UTF-8, so write it to a UTF-8 file.</summary>
    public static void Write(ExportView view, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(writer);
        XmlOutput.Write(writer, xml =>
        {
            xml.WriteStartElement("gexf", Ns);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", Ns + " http://gexf.net/1.3/gexf.xsd");
            xml.WriteAttributeString("version", "1.3");
            xml.WriteStartElement("meta", Ns);
            xml.WriteElementString("creator", Ns, "ActorGraph");
            xml.WriteElementString("description", Ns, "Political actors and their ties; weight is the tie's strength (0..1)");
            xml.WriteEndElement();

            xml.WriteStartElement("graph", Ns);
            xml.WriteAttributeString("defaultedgetype", "directed");
            xml.WriteAttributeString("mode", "dynamic");
            xml.WriteAttributeString("timeformat", "date");
            xml.WriteAttributeString("timerepresentation", "interval");
            WriteAttributes(xml, "node", NodeAttributes(view));
            WriteAttributes(xml, "edge", GexfAttribute.Edge);

            var ids = new ReadableIds(view);
            xml.WriteStartElement("nodes", Ns);
            foreach (var actor in view.Actors) WriteActor(xml, view, ids, actor);
            foreach (var process in view.Processes) WriteProcess(xml, ids, process);
            xml.WriteEndElement();

            xml.WriteStartElement("edges", Ns);
            var edge = 0;
            foreach (var relation in view.Relations) WriteRelation(xml, ids, edge++, relation);
            foreach (var process in view.Processes)
                foreach (var (actorId, role) in view.ParticipantsOf(process))
                    WriteProcessLink(xml, ids, edge++, process, actorId, role);
            xml.WriteEndElement();

            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    /// <summary>The node attributes declared for a view: cluster and focus only when present.</summary>
    public static IReadOnlyList<GexfAttribute> NodeAttributes(ExportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return [.. GexfAttribute.Node.Where(a =>
            (a.Title != "cluster" || view.Options.Clusters is not null) && (a.Title != "focus" || view.Options.Focus is not null))];
    }

    private static void WriteAttributes(XmlWriter xml, string forClass, IReadOnlyList<GexfAttribute> attributes)
    {
        xml.WriteStartElement("attributes", Ns);
        xml.WriteAttributeString("class", forClass);
        xml.WriteAttributeString("mode", "static");
        foreach (var a in attributes)
        {
            xml.WriteStartElement("attribute", Ns);
            xml.WriteAttributeString("id", a.Title);
            xml.WriteAttributeString("title", a.Title);
            xml.WriteAttributeString("type", a.Type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteActor(XmlWriter xml, ExportView view, ReadableIds ids, Actor actor)
    {
        xml.WriteStartElement("node", Ns);
        xml.WriteAttributeString("id", ids.Actor(actor.Id));
        xml.WriteAttributeString("label", TextCleaner.Clean(actor.Name));
        Values(xml,
            ("type", "actor"), ("actorgraph_id", actor.Id), ("kind", EnumText.Name(actor.Kind)), ("country", actor.Country),
            ("aliases", actor.Aliases.IsEmpty ? null : string.Join("; ", actor.Aliases)), ("description", actor.Description),
            ("cluster", view.ClusterOf(actor.Id) is { } c ? ExportText.Number(c) : null), ("focus", view.FocusName(actor.Id)));
        xml.WriteEndElement();
    }

    private static void WriteProcess(XmlWriter xml, ReadableIds ids, MediationProcess process)
    {
        xml.WriteStartElement("node", Ns);
        xml.WriteAttributeString("id", ids.Process(process.Id));
        xml.WriteAttributeString("label", TextCleaner.Clean(process.Name));
        Interval(xml, process.When);
        Values(xml,
            ("type", "process"), ("actorgraph_id", process.Id), ("status", EnumText.Name(process.Status)),
            ("topics", process.Topics.IsEmpty ? null : string.Join("; ", process.Topics)),
            ("inferred", process.Inferred ? "true" : "false"), ("confidence", ExportText.Number(process.Confidence)));
        xml.WriteEndElement();
    }

    private static void WriteRelation(XmlWriter xml, ReadableIds ids, int index, Relation relation)
    {
        xml.WriteStartElement("edge", Ns);
        xml.WriteAttributeString("id", ReadableIds.Edge(index));
        xml.WriteAttributeString("source", ids.Actor(relation.Source));
        xml.WriteAttributeString("target", ids.Actor(relation.Target));
        xml.WriteAttributeString("label", relation.Kind.Name);
        xml.WriteAttributeString("weight", ExportText.Number(ExportText.Strength(relation)));
        Interval(xml, relation.When);
        Values(xml,
            ("actorgraph_id", relation.Id), ("kind", relation.Kind.Name), ("sign", EnumText.Name(relation.Sign)),
            ("symmetric", relation.Kind.Directed ? "false" : "true"), ("confidence", ExportText.Number(relation.Confidence)),
            ("modality", EnumText.Name(relation.Modality)), ("events", ExportText.Number(relation.Weight)),
            ("topics", relation.Topics.IsEmpty ? null : string.Join("; ", relation.Topics)),
            ("evidence", relation.Evidence.IsEmpty ? null : string.Join(" | ", relation.Evidence.Select(ExportText.EvidenceLine))));
        xml.WriteEndElement();
    }

    private static void WriteProcessLink(XmlWriter xml, ReadableIds ids, int index, MediationProcess process, string actorId, ProcessRole role)
    {
        var roleName = role == ProcessRole.Mediator ? "mediator" : "party";
        xml.WriteStartElement("edge", Ns);
        xml.WriteAttributeString("id", ReadableIds.Edge(index));
        xml.WriteAttributeString("source", ids.Actor(actorId));
        xml.WriteAttributeString("target", ids.Process(process.Id));
        xml.WriteAttributeString("label", roleName);
        Interval(xml, process.When);
        Values(xml, ("role", roleName));
        xml.WriteEndElement();
    }

    private static void Interval(XmlWriter xml, DateRange when)
    {
        if (ExportText.Date(when.Start) is { } start) xml.WriteAttributeString("start", start);
        if (ExportText.Date(when.End) is { } end) xml.WriteAttributeString("end", end);
    }

    private static void Values(XmlWriter xml, params (string For, string? Value)[] values)
    {
        if (!values.Any(v => v.Value is not null)) return;
        xml.WriteStartElement("attvalues", Ns);
        foreach (var (key, value) in values)
        {
            if (value is null) continue;
            xml.WriteStartElement("attvalue", Ns);
            xml.WriteAttributeString("for", key);
            xml.WriteAttributeString("value", TextCleaner.Clean(value));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
