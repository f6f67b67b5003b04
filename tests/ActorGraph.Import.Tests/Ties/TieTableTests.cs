using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Mapping;

namespace ActorGraph.Import.Tests.Ties;

/// <summary>The aggregator's ties kept as columns (<see cref="TieAccumulator"/> a handle on a row of them): totals, the
/// kept evidence in input order, and the lookup, through enough ties that the table and its item arrays grow and rehash
/// several times.</summary>
public sealed class TieTableTests
{
    private static readonly DateOnly Start = new(2018, 1, 1);

    private static TieAccumulator Add(EventAggregator aggregator, string source, string target, int day, double goldstein, int sources)
    {
        Assert.True(aggregator.TryAdd(
            new ActorFields(source, source, default, default, default),
            new ActorFields(target, target, default, default, default),
            Start.AddDays(day), EventMappings.Meets, goldstein, sources, out var tie, out _));
        return tie;
    }

    private static EvidenceFacts Facts(long eventId, int day) => new(eventId, CodeText.From("040"), 1.0, 1, Start.AddDays(day));

    [Fact]
    public void Thousands_of_ties_keep_their_totals_and_their_first_distinct_sources_in_input_order()
    {
        var aggregator = new EventAggregator(ActorIdStyle.Name, new AggregationOptions(MaxEvidencePerTie: 3));
        const int Days = 3000;
        var pairs = new[] { ("alpha", "beta"), ("gamma", "delta"), ("alpha", "gamma") };
        // Three passes over every (pair, day): each tie gets three events, the second pass citing the first pass's
        // source again (not kept twice), then a new one per pass.
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var (s, t) in pairs)
            {
                for (var day = 0; day < Days; day++)
                {
                    var tie = Add(aggregator, s, t, day, goldstein: pass + day % 3, sources: pass - 1);
                    var url = $"https://news.example/{s}-{t}/{day}/{(pass == 1 ? 0 : pass)}";
                    if (tie.WantsEvidence && !tie.HasSource(url)) tie.AddEvidence(url, Facts(pass * 10_000_000L + day, day));
                }
            }
        }
        Assert.Equal(pairs.Length * Days, aggregator.TieCount);

        // The same key gives the same row, whose totals count all three events.
        var again = Add(aggregator, "gamma", "delta", 1234, goldstein: 0, sources: 0);
        Assert.Equal(again, Add(aggregator, "gamma", "delta", 1234, goldstein: 0, sources: 0));
        Assert.Equal(5, again.Count);
        Assert.Equal(0 + 1 + 2 + 3 * (1234 % 3), again.GoldsteinSum);
        Assert.Equal(0 + 0 + 1, again.Sources); // negative source counts count as 0
        Assert.Equal(Start.AddDays(1234).DayNumber, again.FirstDay);
        Assert.Equal(again.FirstDay, again.LastDay);
        // Passes 0 and 2 gave new sources, pass 1 repeated pass 0's: two items, in input order, and room for one more.
        Assert.Equal(
            ["https://news.example/gamma-delta/1234/0", "https://news.example/gamma-delta/1234/2"],
            again.Evidence(null).Select(e => e.SourceKey));
        Assert.True(again.WantsEvidence);
        again.AddEvidence("https://news.example/late", Facts(1, 1234));
        again.AddEvidence("https://news.example/later", Facts(2, 1234));
        Assert.False(again.WantsEvidence);
        Assert.True(again.HasSource("https://news.example/late"));
        Assert.False(again.HasSource("https://news.example/later"));
        Assert.Equal(3, again.Evidence(null).Count());

        var graph = aggregator.Build();
        Assert.Equal(pairs.Length * Days, graph.Relations.Length);
        Assert.All(graph.Relations, r => Assert.InRange(r.Weight, 3, 5));
        Assert.Equal(pairs.Length * Days * 2 + 1, graph.SourceCount);
    }

    [Theory]
    [InlineData(0, 40_000)]
    [InlineData(700, 40_000)]
    [InlineData(5_000, 40_000)]
    // Columns of tens of megabytes: pinned and advised for huge pages (LargeColumns).
    [InlineData(700, 600_000)]
    public void Room_reserved_before_or_part_way_gives_the_same_graph(int reserveAfter, int rows)
    {
        EventAggregator Fill(int? reserveAfter)
        {
            var aggregator = new EventAggregator(ActorIdStyle.Name, new AggregationOptions(MaxEvidencePerTie: 2));
            var random = new Random(11);
            for (var row = 0; row < 12_000; row++)
            {
                if (row == reserveAfter) aggregator.Reserve(rows);
                var s = $"actor{random.Next(40)}";
                var t = $"actor{random.Next(40)}";
                if (s == t) continue;
                var day = random.Next(400);
                var tie = Add(aggregator, s, t, day, goldstein: random.Next(-10, 10), sources: 1);
                var url = $"https://news.example/{random.Next(9_000)}";
                if (tie.WantsEvidence && !tie.HasSource(url)) tie.AddEvidence(url, Facts(row, day));
            }
            return aggregator;
        }

        var plain = Fill(null).Build();
        var reserved = Fill(reserveAfter).Build();
        Assert.Equal(plain.Relations.Select(r => r.Id), reserved.Relations.Select(r => r.Id));
        Assert.Equal(plain.Relations.Select(r => (r.Weight, r.Strength, r.When)), reserved.Relations.Select(r => (r.Weight, r.Strength, r.When)));
        Assert.Equal(plain.Relations.SelectMany(r => r.EvidenceSourceIds()), reserved.Relations.SelectMany(r => r.EvidenceSourceIds()));
        Assert.Equal(plain.Sources.Select(s => s.Id), reserved.Sources.Select(s => s.Id));
        Assert.True(plain.Relations.Length > 5_000);
    }

    [Fact]
    public void Over_a_hundred_thousand_ties_build_every_relation_and_end_the_no_gc_region()
    {
        // Above 100,000 relations the objects are made inside a no-GC region (ImportGcModes.TryStartRelationsRegion): every relation
        // is still made, with its own totals and evidence, and the region is over when the build returns.
        var aggregator = new EventAggregator(ActorIdStyle.Name, new AggregationOptions(MaxEvidencePerTie: 2));
        const int Pairs = 400;
        const int Days = 300;
        for (var p = 0; p < Pairs; p++)
        {
            for (var day = 0; day < Days; day++)
            {
                var tie = Add(aggregator, $"actor{p}", $"actor{p + 1}", day, goldstein: p % 7, sources: 1 + (day % 2));
                tie.AddEvidence($"https://news.example/{p}/{day}", Facts((p * Days) + day, day));
            }
        }
        var graph = aggregator.Build();
        // (Not compared with the mode before: import tests running beside this one set and restore Batch mode.)
        Assert.NotEqual(System.Runtime.GCLatencyMode.NoGCRegion, System.Runtime.GCSettings.LatencyMode);
        Assert.Equal(Pairs * Days, graph.Relations.Length);
        Assert.Equal(Pairs * Days, graph.Relations.Select(r => r.Id).Distinct().Count());
        Assert.All(graph.Relations, r => Assert.Equal(1, r.Weight));
        Assert.All(graph.Relations, r => Assert.Equal(1, r.EvidenceCount));
        Assert.Equal(Pairs * Days, graph.SourceCount);
        // Strength from each tie's own Goldstein score (0.1 + 0.9 * |g| / 10): the seven values of p % 7.
        Assert.Equal([0.1, 0.19, 0.28, 0.37, 0.46, 0.55, 0.64], graph.Relations.Select(r => r.Strength).Distinct().Order());
    }

    [Fact]
    public void The_tie_over_the_limit_is_refused_and_the_others_are_kept()
    {
        var aggregator = new EventAggregator(ActorIdStyle.Name, new AggregationOptions(MaxTies: 10));
        for (var day = 0; day < 10; day++) Add(aggregator, "alpha", "beta", day, 1, 1);
        var error = Assert.Throws<ImportLimitException>(() => Add(aggregator, "alpha", "beta", 10, 1, 1));
        Assert.Contains("10 distinct ties", error.Message, StringComparison.Ordinal);
        Assert.Equal(10, aggregator.TieCount);
        Assert.Equal(2, Add(aggregator, "alpha", "beta", 9, 1, 1).Count);
        Assert.Equal(10, aggregator.Build().Relations.Length);
    }
}
