using System.Globalization;

namespace ActorGraph.Seed.Tests.Hostile;

/// <summary>docs/limits.md names every seed limit with its setting and its default.</summary>
public sealed class LimitsDocTests
{
    [Fact]
    public void Every_seed_limit_is_in_the_limits_table_with_its_default()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "limits.md"));
        var rows = doc.Split('\n').Where(l => l.StartsWith('|')).ToList();
        foreach (var property in typeof(SeedLimits).GetProperties().Where(p => p.CanWrite))
        {
            var row = rows.FirstOrDefault(r => r.Contains($"`ActorGraph:Seed:Limits:{property.Name}`", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/limits.md has no row for ActorGraph:Seed:Limits:{property.Name}");
            var value = (int)property.GetValue(SeedLimits.Default)!;
            var shown = property.Name.EndsWith("Megabytes", StringComparison.Ordinal) ? $"{value} MB" : value.ToString("N0", CultureInfo.InvariantCulture);
            Assert.True(row.Contains(shown, StringComparison.Ordinal), $"the row for {property.Name} does not give the default {shown}: {row}");
        }
    }
}
