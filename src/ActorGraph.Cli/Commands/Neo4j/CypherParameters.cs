using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Commands.Neo4j;

/// <summary>Parses <c>--param name=value</c> (typed: integer, float, true/false, null, else text) and
/// <c>--param name:=JSON</c> (any JSON value: lists, maps, a quoted string to force text).</summary>
public static partial class CypherParameters
{
    public static Dictionary<string, object?> Parse(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new CliException($"--param '{item}': write name=value or name:=JSON.", ExitCodes.Usage);
            var json = item[eq - 1] == ':';
            var name = item[..(json ? eq - 1 : eq)].Trim();
            if (!Name().IsMatch(name)) throw new CliException($"--param '{item}': '{name}' is not a parameter name (letters, digits, _).", ExitCodes.Usage);
            if (parameters.ContainsKey(name)) throw new CliException($"--param {name} is given twice.", ExitCodes.Usage);
            var text = item[(eq + 1)..];
            parameters[name] = json ? FromJson(name, text) : Typed(text);
        }
        return parameters;
    }

    public static object? Typed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        if (text.Length > 0 && (char.IsDigit(text[^1]) || text[^1] == '.') &&
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        return text switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            _ => text,
        };
    }

    private static object? FromJson(string name, string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
            return Convert(doc.RootElement);
        }
        catch (JsonException e)
        {
            throw new CliException($"--param {name}:= is not valid JSON: {e.Message}", ExitCodes.Usage);
        }
    }

    private static object? Convert(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? (object)l : e.GetDouble(),
        JsonValueKind.Array => e.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal),
        _ => throw new CliException($"unsupported JSON value {e.ValueKind}", ExitCodes.Usage),
    };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Name();
}
