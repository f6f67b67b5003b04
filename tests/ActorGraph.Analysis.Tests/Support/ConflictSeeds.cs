using System.Collections.Concurrent;
using ActorGraph.Core.Model;
using ActorGraph.Seed;

namespace ActorGraph.Analysis.Tests.Support;

/// <summary>The conflict seed folders under <c>tests/seeds/</c> (written from public knowledge, not tuned to the
/// code), each loaded once.</summary>
internal static class ConflictSeeds
{
    private static readonly ConcurrentDictionary<string, ActorGraphData> Loaded = new(StringComparer.Ordinal);

    public static ActorGraphData EthiopiaTplf => Get("ethiopia-tplf");
    public static ActorGraphData ColombiaFarc => Get("colombia-farc");
    public static ActorGraphData SriLankaLtte => Get("sri-lanka-ltte");
    public static ActorGraphData ArmeniaAzerbaijan => Get("armenia-azerbaijan");

    public static string Directory(string name) => ActorGraph.TestSupport.RepositoryPaths.Combine("tests", "seeds", name);

    public static ActorGraphData Get(string name) => Loaded.GetOrAdd(name, n =>
    {
        var result = SeedLoader.Load(Directory(n));
        return result.Graph ?? throw new InvalidOperationException($"tests/seeds/{n} does not load: " + string.Join("; ", result.Errors));
    });

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
