using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ActorGraph.Bolt;

namespace ActorGraph.Cli.Commands.Neo4j;

/// <summary>Renders query results: compact text for tables (<c>(:Actor {id: "qatar", name: "Qatar"})</c>,
/// <c>[:MEDIATES {id: "r1"}]</c>, paths as <c>(qatar)-[:MEDIATES]-&gt;(hamas)</c>) and plain JSON values.</summary>
public static class CypherValueText
{
    private static readonly string[] KeyProperties = ["id", "name"];

    /// <summary>A table cell: strings unquoted at the top level, graph values compact, the rest as Cypher literals.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "null",
        string s => s,
        INode n => Node(n),
        IRelationship r => Relationship(r),
        IPath p => Path(p),
        _ => ValueFormatter.Format(value),
    };

    private static string Node(INode n)
    {
        var sb = new StringBuilder("(");
        foreach (var label in n.Labels) sb.Append(':').Append(label);
        AppendKeyProperties(sb, n.Properties);
        return sb.Append(')').ToString();
    }

    private static string Relationship(IRelationship r)
    {
        var sb = new StringBuilder("[:").Append(r.Type);
        AppendKeyProperties(sb, r.Properties);
        return sb.Append(']').ToString();
    }

    private static string Path(IPath p)
    {
        var sb = new StringBuilder();
        var at = p.Start;
        sb.Append('(').Append(ShortName(at)).Append(')');
        for (var i = 0; i < p.Relationships.Count; i++)
        {
            var rel = p.Relationships[i];
            var next = p.Nodes[i + 1];
            var forward = rel.StartNodeElementId == at.ElementId;
            sb.Append(forward ? "-[:" : "<-[:").Append(rel.Type).Append(forward ? "]->" : "]-");
            sb.Append('(').Append(ShortName(next)).Append(')');
            at = next;
        }
        return sb.ToString();
    }

    private static string ShortName(INode n) =>
        n.Properties.TryGetValue("id", out var id) && id is not null ? Cell(id)
        : n.Properties.TryGetValue("name", out var name) && name is not null ? Cell(name)
        : n.ElementId;

    /// <summary>id and name when present (the rest is noise in a table); otherwise every property.</summary>
    private static void AppendKeyProperties(StringBuilder sb, IReadOnlyDictionary<string, object?> properties)
    {
        var shown = KeyProperties.Where(properties.ContainsKey).ToList();
        if (shown.Count == 0) shown = [.. properties.Keys.Order(StringComparer.Ordinal)];
        if (shown.Count == 0) return;
        sb.Append(" {");
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(shown[i]).Append(": ").Append(ValueFormatter.Format(properties[shown[i]]));
        }
        sb.Append('}');
    }

    /// <summary>Writes a value as JSON: nodes as {elementId, labels, properties}, relationships as
    /// {elementId, type, start, end, properties}, paths as {nodes, relationships}, temporal values as ISO text.</summary>
    public static void WriteJson(Utf8JsonWriter w, object? value)
    {
        ArgumentNullException.ThrowIfNull(w);
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case long l: w.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): w.WriteNumberValue(d); break;
            case double d: w.WriteStringValue(d.ToString(CultureInfo.InvariantCulture)); break;
            case byte[] bytes: w.WriteBase64StringValue(bytes); break;
            case INode n:
                w.WriteStartObject();
                w.WriteString("elementId", n.ElementId);
                w.WriteStartArray("labels");
                foreach (var label in n.Labels) w.WriteStringValue(label);
                w.WriteEndArray();
                WriteMap(w, "properties", n.Properties);
                w.WriteEndObject();
                break;
            case IRelationship r:
                w.WriteStartObject();
                w.WriteString("elementId", r.ElementId);
                w.WriteString("type", r.Type);
                w.WriteString("start", r.StartNodeElementId);
                w.WriteString("end", r.EndNodeElementId);
                WriteMap(w, "properties", r.Properties);
                w.WriteEndObject();
                break;
            case IPath p:
                w.WriteStartObject();
                w.WriteStartArray("nodes");
                foreach (var n in p.Nodes) WriteJson(w, n);
                w.WriteEndArray();
                w.WriteStartArray("relationships");
                foreach (var r in p.Relationships) WriteJson(w, r);
                w.WriteEndArray();
                w.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                w.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    w.WritePropertyName(k);
                    WriteJson(w, v);
                }
                w.WriteEndObject();
                break;
            case IEnumerable list:
                w.WriteStartArray();
                foreach (var item in list) WriteJson(w, item);
                w.WriteEndArray();
                break;
            default: w.WriteStringValue(ValueFormatter.Format(value)); break;
        }
    }

    private static void WriteMap(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, object?> map)
    {
        w.WritePropertyName(name);
        WriteJson(w, map);
    }
}
