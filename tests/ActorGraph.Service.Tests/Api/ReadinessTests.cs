using System.Globalization;
using System.Net;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Service.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Service.Tests.Api;

/// <summary>/health/ready on a generated graph of a few thousand actors: ready only once every per-graph index
/// queries need is built, and each change of readiness logged once rather than on every probe.</summary>
public sealed class ReadinessTests
{
    private const string HealthCheckService = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    [Fact]
    public async Task Ready_only_once_the_indexes_are_built_and_the_change_is_logged_once()
    {
        var folder = GeneratedSeed(actors: 3000, relations: 30000, processes: 60);
        try
        {
            var logs = new LogCapture();
            await using var factory = new CapturingFactory(folder, logs);
            using var client = factory.CreateClient();
            var deadline = DateTime.UtcNow.AddSeconds(180);
            var probes = 0;
            while (true)
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                probes++;
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    // The first request after "ready" must not be the one that builds the indexes.
                    var graph = factory.State.Current!;
                    Assert.True(graph.IsPrepared, "ready before the graph's indexes were built");
                    Assert.True(SemanticIndex.IsBuilt(graph.Data), "ready before the semantic index was built");
                    break;
                }
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.True(DateTime.UtcNow < deadline, "the generated graph did not become ready within 180 s");
                await Task.Delay(5);
            }
            for (var i = 0; i < 20; i++) await client.GetJsonAsync("/health/ready");
            var answer = await client.GetJsonAsync("/api/mediators?a=actor-7&b=actor-2000");
            Assert.Equal(2, answer.GetProperty("sides").GetArrayLength());

            var entries = logs.Entries;
            Assert.DoesNotContain(entries, e => e.Category == HealthCheckService);
            Assert.Single(entries, e => e.Message.StartsWith("Ready: serving graph version 1", StringComparison.Ordinal));
            // Probes before the load finished: one "not ready" line however many there were.
            Assert.Equal(probes > 1 ? 1 : 0, entries.Count(e => e.Message.StartsWith("Not ready:", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_invalid_seed_is_logged_as_not_ready_once_however_often_readiness_is_probed()
    {
        var folder = GeneratedSeed(actors: 50, relations: 200, processes: 2);
        try
        {
            await File.AppendAllTextAsync(Path.Combine(folder, "relations.csv"), ",actor-1,nobody-at-all,meets,,,,,,,,,,\n");
            var logs = new LogCapture();
            await using var factory = new CapturingFactory(folder, logs);
            using var client = await factory.ReadyClientAsync();
            for (var i = 0; i < 15; i++)
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            }
            var entries = logs.Entries;
            Assert.DoesNotContain(entries, e => e.Category == HealthCheckService);
            var line = Assert.Single(entries, e => e.Message.StartsWith("Not ready:", StringComparison.Ordinal));
            Assert.Equal(LogLevel.Warning, line.Level);
            Assert.Contains("nobody-at-all", line.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(entries, e => e.Message.StartsWith("Ready:", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A CSV seed folder shaped like aggregated event data: skewed endpoints (a few actors in many ties),
    /// organisational ties among the kinds (so roll-up chains branch), dated relations and processes. Same arguments,
    /// same files.</summary>
    private static string GeneratedSeed(int actors, int relations, int processes)
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-readiness-").FullName;
        var random = new Random(7);
        string[] kinds = ["meets", "negotiates", "supports", "attacks", "pressures", "part-of", "member-of", "leads"];
        var text = new System.Text.StringBuilder("id,name,kind\n");
        for (var i = 0; i < actors; i++) text.Append(CultureInfo.InvariantCulture, $"actor-{i},Actor {i},{(i % 2 == 0 ? "state" : "agency")}\n");
        File.WriteAllText(Path.Combine(folder, "actors.csv"), text.ToString());
        File.WriteAllText(Path.Combine(folder, "sources.csv"), "id,title,date\nsrc-0,Synthetic wire,2024-01-01\n");
        text.Clear().Append("id,source,target,kind,strength,confidence,start,end,topics,modality,evidence_source,evidence_locator,evidence_note,weight\n");
        var day0 = new DateOnly(2015, 1, 1);
        for (var r = 0; r < relations; r++)
        {
            var s = (int)(actors * Math.Pow(random.NextDouble(), 2));
            var t = (s + 1 + random.Next(actors - 1)) % actors;
            var start = day0.AddDays(random.Next(3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $",actor-{s},actor-{t},{kinds[random.Next(kinds.Length)]},0.5,0.8,{start},,,reported,src-0,row {r},,\n");
        }
        File.WriteAllText(Path.Combine(folder, "relations.csv"), text.ToString());
        text.Clear().Append("id,name,parties,mediators,status,start\n");
        for (var p = 0; p < processes; p++)
        {
            var a = random.Next(actors);
            var b = (a + 1 + random.Next(actors - 2)) % actors;
            var m = (b + 1 + random.Next(actors - 3)) % actors;
            if (m == a) m = (m + 1) % actors;
            text.Append(CultureInfo.InvariantCulture, $"proc-{p},Talks {p},actor-{a};actor-{b},actor-{m},ongoing,2024-01-01\n");
        }
        File.WriteAllText(Path.Combine(folder, "processes.csv"), text.ToString());
        return folder;
    }

    private sealed class CapturingFactory(string folder, LogCapture logs) : ServiceFactory(folder)
    {
        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(logs);
    }
}
