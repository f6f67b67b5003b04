using System.Collections;
using System.Globalization;
using System.Text;

namespace ActorGraph.Bolt;

/// <summary>Renders Bolt values compactly in a Cypher-like notation, e.g. <c>(:Actor {id: "un"})</c>,
/// <c>[1, 2.5, "x"]</c>, <c>{a: 1}</c>. Culture-invariant; for display, not for parsing back.</summary>
public static class ValueFormatter
{
    public static string Format(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: sb.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"'); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case double d: sb.Append(FormatDouble(d)); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case byte[] bytes: sb.Append("bytes[").Append(bytes.Length.ToString(CultureInfo.InvariantCulture)).Append(']'); break;
            case INode n:
                sb.Append('(');
                foreach (var label in n.Labels) sb.Append(':').Append(label);
                if (n.Properties.Count > 0) { if (n.Labels.Count > 0) sb.Append(' '); AppendMap(sb, n.Properties); }
                sb.Append(')');
                break;
            case IRelationship r:
                sb.Append("[:").Append(r.Type);
                if (r.Properties.Count > 0) { sb.Append(' '); AppendMap(sb, r.Properties); }
                sb.Append(']');
                break;
            case IPath p:
                Append(sb, p.Start);
                for (var i = 0; i < p.Relationships.Count; i++)
                {
                    var forward = p.Relationships[i].StartNodeElementId == p.Nodes[i].ElementId;
                    sb.Append(forward ? "-" : "<-");
                    Append(sb, p.Relationships[i]);
                    sb.Append(forward ? "->" : "-");
                    Append(sb, p.Nodes[i + 1]);
                }
                break;
            case IReadOnlyDictionary<string, object?> map: AppendMap(sb, map); break;
            case IEnumerable list:
                sb.Append('[');
                var first = true;
                foreach (var item in list) { if (!first) sb.Append(", "); first = false; Append(sb, item); }
                sb.Append(']');
                break;
            case IFormattable f: sb.Append(f.ToString(null, CultureInfo.InvariantCulture)); break;
            default: sb.Append(value); break;
        }
    }

    private static void AppendMap(StringBuilder sb, IReadOnlyDictionary<string, object?> map)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, v) in map)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(key).Append(": ");
            Append(sb, v);
        }
        sb.Append('}');
    }

    private static string FormatDouble(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
    }
}
