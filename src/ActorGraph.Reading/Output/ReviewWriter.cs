using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Output;

/// <summary>Writes the review of proposed facts: <c>review.md</c> for people (one line per fact with its
/// sentence span, rule, confidence and change) and <c>review.json</c> for tools.</summary>
public static class ReviewWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string directory, IReadOnlyList<ReadingResult> results, IReadOnlyList<ReviewItem> review)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(review);
        File.WriteAllText(Path.Combine(directory, "review.md"), Markdown(results, review), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, "review.json"), ToJson(results, review), new UTF8Encoding(false));
    }

    public static string ToJson(IReadOnlyList<ReadingResult> results, IReadOnlyList<ReviewItem> review) =>
        JsonSerializer.Serialize(new
        {
            reports = results.Select(r => new { r.Report, r.Paragraphs, r.Sentences, r.Notes }),
            facts = review.Select(i => new
            {
                i.Kind, i.Id, i.Summary, i.Rule, i.Confidence, i.Change, i.Quote,
                source = i.Where.SourceId, paragraph = i.Where.Paragraph, start = i.Where.Start, end = i.Where.End,
            }),
        }, Json);

    public static string Markdown(IReadOnlyList<ReadingResult> results, IReadOnlyList<ReviewItem> review)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Proposed facts for review");
        sb.AppendLine();
        sb.AppendLine("Every fact below was proposed by `actorgraph read`'s rules. Each line gives the sentence it comes");
        sb.AppendLine("from (paragraph and character offsets in that paragraph), the rule, a confidence, and what it would");
        sb.AppendLine("change. Quotes are marked with \u201c\u201d; everything else is the reader's own wording. Edit or delete");
        sb.AppendLine("the seed files, then run `actorgraph validate --seed DIR`.");
        var bySource = review.Select((item, index) => (item, index)).GroupBy(x => x.item.Where.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var sourceIds = bySource.Keys.Order(StringComparer.Ordinal).ToArray();
        foreach (var result in results)
        {
            var r = result.Report;
            var own = OfSource(bySource, sourceIds, r.SourceId);
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"## {r.SourceId}: {r.Title ?? r.Path}");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"File `{r.Path}`; date {(r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) is { } d ? $"{d} (from {r.DateFrom ?? "the caller"})" : "not given (relative dates left undated)")}; publisher {r.Publisher ?? "not given"}; {result.Paragraphs} paragraphs, {result.Sentences} sentences.");
            foreach (var note in result.Notes) sb.AppendLine(CultureInfo.InvariantCulture, $"- note: {note}");
            foreach (var (kind, heading) in new[] { ("actor", "Actors"), ("relation", "Relations"), ("process", "Processes") })
            {
                var items = own.Where(i => i.Kind == kind).ToList();
                if (items.Count == 0) continue;
                sb.AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"### {heading} ({items.Count})");
                sb.AppendLine();
                foreach (var i in items)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"- **{i.Summary}** [{i.Change}] — {i.Where.Locator}, rule `{i.Rule}`, confidence {i.Confidence:0.00}");
                    if (i.Quote is not null) sb.Append(CultureInfo.InvariantCulture, $", quote \u201c{i.Quote}\u201d");
                    sb.AppendLine();
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>The review items whose source id starts with <paramref name="prefix"/> (a report's own id, or the id the merger
    /// made unique from it: "report-2"), in review order. The ids starting with a prefix are one run of the ordinally sorted
    /// <paramref name="sourceIds"/>, found by binary search: O(log ids + items) per report, not O(review).</summary>
    private static List<ReviewItem> OfSource(Dictionary<string, List<(ReviewItem Item, int Index)>> bySource, string[] sourceIds, string prefix)
    {
        var first = Array.BinarySearch(sourceIds, prefix, StringComparer.Ordinal);
        if (first < 0) first = ~first;
        var found = new List<(ReviewItem Item, int Index)>();
        for (var k = first; k < sourceIds.Length && sourceIds[k].StartsWith(prefix, StringComparison.Ordinal); k++) found.AddRange(bySource[sourceIds[k]]);
        return found.OrderBy(x => x.Index).Select(x => x.Item).ToList();
    }
}
