using ActorGraph.Reading.Plover;
using ActorGraph.TestSupport;
using Xunit.Abstractions;

namespace ActorGraph.Reading.Tests;

/// <summary>The PLOVER coder on 627 wire-style sentences of our own (Plover/own-sentences.tsv), every category with
/// varied verbs, nouns, passives, negations and reported speech; written before the rules they led to, so their
/// rates say how the coder generalises beyond the gold records it was developed on. Eighth round, read blind with the
/// seventh round's rules: 0.88 / 0.92 / 0.73 over 199 (the 71 new ones alone 0.68 / 0.80 / 0.69); after its rules
/// 1.00 / 0.99 / 0.84; a second batch of 30, read blind with those rules: 0.67 / 1.00 / 0.80 alone, 0.95 / 0.99 / 0.83
/// over 229; after the rules it led to and the last (places of protests), 0.99 / 1.00 / 0.86; a third batch of 35, read blind with those rules: 0.74 / 1.00 / 0.83 alone, and after the ninth
/// round's CAMEO verb patterns 0.77 / 1.00 / 0.83 alone, 0.96 / 1.00 / 0.86 over 264; a fourth batch of 67, read blind with those rules: 0.84 / 0.93 / 0.81 alone, 0.94 / 0.98 / 0.85
/// over 331; after the tenth round's rules 0.94 / 0.97 / 0.94 alone (no longer blind), 0.96 / 0.99 / 0.88 over 331; a fifth batch of 22,
/// read blind with the tenth round's rules: 0.77 / 1.00 / 0.68 alone, 0.95 / 0.99 / 0.87 over 353; a sixth batch of 40, read blind with the same rules: 0.73 / 1.00 / 0.82 alone, 0.93 / 0.99 / 0.87 over 393; after the eleventh round's rules 0.90 / 1.00 / 0.90 alone (no longer blind), 0.95 / 0.99 / 0.88 over 393; a seventh batch of 79, read blind with the eleventh round's rules: 0.87 / 0.94 / 0.85 alone, 0.94 / 0.98 / 0.88 over 472; after the twelfth round's rules 0.97 / 0.99 / 0.95 alone (no longer blind), 0.96 / 0.99 / 0.90 over 472; an eighth batch of 32, read blind with the twelfth round's rules: 0.81 / 0.81 / 0.56 alone, 0.95 / 0.98 / 0.88 over 504 (0.948 / 0.980 / 0.875); after the thirteenth round's rules 0.81 / 0.91 / 0.66 alone, 0.95 / 0.99 / 0.88 over 504 (0.948 / 0.988 / 0.883); with the follow-up retreat-place rule target 0.893; a ninth batch of 64, read blind with those rules: 0.83 / 0.92 / 0.73 alone, 0.94 / 0.98 / 0.88 over 568; after the fourteenth round's rules 0.97 / 0.97 / 0.83 alone (no longer blind), 0.96 / 0.99 / 0.89 over 568 (0.961 / 0.989 / 0.894); a tenth batch of 59, read blind with the fourteenth round's rules: 0.90 / 1.00 / 0.88 alone, 0.955 / 0.990 / 0.893 over 627; after the fifteenth round's rules 1.00 / 1.00 / 0.98 alone (no longer blind), 0.965 / 0.990 / 0.904 over 627 (docs/reading.md). Minimums at the measured values, rounded down.</summary>
public class PloverOwnSentenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Own_sentences_meet_their_minimum_accuracy()
    {
        var rows = File.ReadLines(RepositoryPaths.Combine("tests", "ActorGraph.Reading.Tests", "Plover", "own-sentences.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        var (category, source, target) = (0, 0, 0);
        foreach (var row in rows)
        {
            Assert.Equal(4, row.Length);
            var coding = PloverClassifier.Code(row[3]);
            var c = coding.Category == row[0];
            var s = PloverActorMatch.Slot([row[1]], coding.Source);
            var t = PloverActorMatch.Slot(row[2].Length == 0 ? [] : [row[2]], coding.Target);
            (category, source, target) = (category + (c ? 1 : 0), source + (s ? 1 : 0), target + (t ? 1 : 0));
            if (!c || !s || !t)
                output.WriteLine($"{(c ? "" : "CAT ")}{(s ? "" : "SRC ")}{(t ? "" : "TGT ")}| {row[0]} -> {coding.Category} | {row[1]} -> {string.Join("; ", coding.Source)} | {row[2]} -> {string.Join("; ", coding.Target)} | {row[3]}");
        }
        var n = (double)rows.Count;
        output.WriteLine($"{rows.Count} sentences: category {category / n:F2}, source {source / n:F2}, target {target / n:F2}");
        Assert.True(rows.Count >= 100 && rows.Select(r => r[0]).Distinct().Count() == 18, "the set covers every PLOVER category");
        Assert.True(category / n >= 0.96 && source / n >= 0.98 && target / n >= 0.90, $"category {category / n:F2}, source {source / n:F2}, target {target / n:F2}");
    }
}
