using System.Globalization;
using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests;

/// <summary>Seed files mean the same on every machine: numbers with a dot and ISO dates, whatever the
/// user's culture (a comma-decimal German one, a Thai one with the Buddhist calendar).</summary>
public sealed class CultureTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void Loading_and_messages_ignore_the_current_culture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var seed = SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "graph-seed"));
            Assert.True(seed.Succeeded);
            var meeting = seed.Graph!.Relations.First(r => r.Source == "hamas-delegation");
            Assert.Equal(0.8, meeting.Strength);
            Assert.Equal(new DateOnly(2023, 10, 7), seed.Graph.Relations.Single(r => r.Kind.Name == "armed-conflict" && r.Target == "hamas").When.Start);

            using var bad = new TempSeed().With("seed.yaml", TempSeed.Base + "\nrelations:\n  - source: alpha\n    target: beta\n    kind: meets\n    start: 2024-05-02\n    end: 2024-05-01\n");
            Expect.Error(bad.Load(), "seed.yaml", 22, 10, "end 2024-05-01 is before start 2024-05-02");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
