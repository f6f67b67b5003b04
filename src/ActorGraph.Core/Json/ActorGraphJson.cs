using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Json;

/// <summary>The one JSON convention for every output (CLI <c>--format json</c>, HTTP API, export):
/// camelCase properties, enums as kebab-case strings, dates as <c>yyyy-MM-dd</c>, nulls omitted.</summary>
public static class ActorGraphJson
{
    /// <summary>Indented options, for files and terminals.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Compact options, for the HTTP API.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Applies the convention to an options object (ASP.NET Core passes its own).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new RelationKindConverter());
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions { WriteIndented = indented };
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Writes a relation kind as its name ("negotiates").</summary>
    private sealed class RelationKindConverter : JsonConverter<RelationKind>
    {
        public override RelationKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            RelationVocabulary.TryGet(reader.GetString() ?? "", out var kind)
                ? kind
                : throw new JsonException($"unknown relation kind '{reader.GetString()}'");

        public override void Write(Utf8JsonWriter writer, RelationKind value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Name);
    }
}
