using System.Text.Json;
using ActorGraph.Reading.Plover;

namespace ActorGraph.Reading.Scoring;

/// <summary>Accuracy of <see cref="PloverClassifier"/> on PLOVER gold-standard records
/// (openeventdata/PLOVER PLOVER_GSR_CAMEO, CC BY-SA 4.0): category per record, and whether the source and
/// target actors found match the hand-coded ones (<see cref="PloverActorMatch"/>).</summary>
public static class PloverEvaluation
{
    /// <summary>Per category: records, right category, right source, right target.</summary>
    public sealed record CategoryScore(string Category, int Records, int CategoryRight, int SourceRight, int TargetRight)
    {
        public double Accuracy => Records == 0 ? 0 : (double)CategoryRight / Records;
    }

    /// <summary>The half a record belongs to: FNV-1a (32-bit) of its id's UTF-8 bytes, even gives
    /// <see cref="DevelopmentHalf"/>, odd <see cref="HeldOutHalf"/>. Deterministic and independent of the file's order,
    /// so the lexicon is tuned on one half and measured on the other.</summary>
    public static string HalfOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(id)) hash = unchecked((hash ^ b) * 16777619u);
        return hash % 2 == 0 ? DevelopmentHalf : HeldOutHalf;
    }

    public const string DevelopmentHalf = "dev";

    public const string HeldOutHalf = "held-out";

    /// <summary>Scores every record, or only the records of one half (<see cref="HalfOf"/>) when <paramref name="half"/> is given.</summary>
    public static IReadOnlyList<CategoryScore> Run(string path, string? half = null)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var scores = new Dictionary<string, (int N, int C, int S, int T)>(StringComparer.Ordinal);
        foreach (var record in document.RootElement.EnumerateArray())
        {
            if (!record.TryGetProperty("text", out var text) || !record.TryGetProperty("event", out var ev)) continue;
            if (half is not null && (!record.TryGetProperty("id", out var id) || HalfOf(id.GetString() ?? "") != half)) continue;
            var category = ev.GetString() ?? "";
            var coding = PloverClassifier.Code(text.GetString() ?? "");
            var s = scores.GetValueOrDefault(category);
            s.N++;
            if (coding.Category == category) s.C++;
            if (ActorsMatch(record, "source", coding.Source)) s.S++;
            if (ActorsMatch(record, "target", coding.Target)) s.T++;
            scores[category] = s;
        }
        return scores.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new CategoryScore(kv.Key, kv.Value.N, kv.Value.C, kv.Value.S, kv.Value.T)).ToList();
    }

    private static bool ActorsMatch(JsonElement record, string field, IReadOnlyList<string> found)
    {
        var gold = record.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(a => a.TryGetProperty("actorText", out var t) ? t.GetString() ?? "" : "").Where(t => t.Length > 0).ToList()
            : [];
        return PloverActorMatch.Slot(gold, found);
    }
}
