using System.Globalization;
using System.Text.Json;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Plover;

/// <summary>Lenient access to one JSON object: field names compared ignoring case and separators,
/// strings and numbers read whichever way they were written.</summary>
internal readonly struct JsonRecord
{
    private readonly Dictionary<string, JsonElement> _fields;

    public JsonRecord(JsonElement root)
    {
        _fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in root.EnumerateObject()) _fields.TryAdd(HeaderMap.Normalise(p.Name), p.Value);
    }

    /// <summary>One actor of a side: its name, country, CAMEO code and sector when the record gives them, and
    /// the key that identifies it (the same text with another code is another actor).</summary>
    public readonly record struct ActorRef(string Name, string? Country, string? Code = null, string? Sector = null)
    {
        public string Key => Code is null && Sector is null ? Name : $"{Name}\u001f{Code}\u001f{Sector}";
    }

    private bool TryGet(string[] names, out JsonElement value)
    {
        foreach (var n in names)
        {
            if (_fields.TryGetValue(HeaderMap.Normalise(n), out value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)) return true;
        }
        value = default;
        return false;
    }

    /// <summary>The first present field as text (strings trimmed; numbers as written); null when absent or empty.</summary>
    public string? Text(string[] names)
    {
        if (!TryGet(names, out var v)) return null;
        var text = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()?.Trim(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.Array => v.EnumerateArray().Select(Scalar).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>Every text value of the first present field (a string or a list of strings).</summary>
    public IEnumerable<string> Texts(string[] names)
    {
        if (!TryGet(names, out var v)) return [];
        if (v.ValueKind == JsonValueKind.Array) return [.. v.EnumerateArray().Select(Scalar).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!)];
        return Scalar(v) is { Length: > 0 } s ? [s] : [];
    }

    /// <summary>A number given as a JSON number or a numeric string; null when absent or not numeric.</summary>
    public double? Number(string[] names)
    {
        if (!TryGet(names, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number) return v.GetDouble();
        if (v.ValueKind == JsonValueKind.String && Fields.TryParseDouble(v.GetString(), out var d)) return d;
        return null;
    }

    /// <summary>True when the field is present but holds something other than a number.</summary>
    public bool HasNonNumeric(string[] names) =>
        TryGet(names, out var v) && !(v.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetString())) && Number(names) is null;

    /// <summary>The actors of a side: a name, an object with a name, or a list of either.</summary>
    public IEnumerable<ActorRef> Actors(string[] names, string[] countryNames)
    {
        if (!TryGet(names, out var v)) return [];
        var country = Text(countryNames);
        var items = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v];
        var result = new List<ActorRef>();
        foreach (var item in items)
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                var inner = new JsonRecord(item);
                var name = inner.Text(["name", "actorText", "actor", "actor_name", "text"]);
                var code = inner.Text(["code", "cameo_code", "actor_code"]);
                if (name is null && code is null) continue;
                result.Add(new ActorRef(name ?? code!, inner.Text(["country", "country_code"]) ?? country, code, inner.Text(["sector", "sectors", "type"])));
            }
            else if (Scalar(item) is { Length: > 0 } name)
            {
                result.Add(new ActorRef(name.Trim(), country));
            }
        }
        return result.DistinctBy(a => a.Key, StringComparer.Ordinal);
    }

    private static string? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        _ => null,
    };
}
