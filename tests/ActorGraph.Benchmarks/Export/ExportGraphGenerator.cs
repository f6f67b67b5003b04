using ActorGraph.Core.Model;

namespace ActorGraph.Benchmarks.Export;

/// <summary>A synthetic actor graph for the export benchmark: preferential attachment (each new actor ties to
/// <c>m</c> earlier ones, chosen in proportion to degree), every relation kind, dates, modalities, evidence,
/// names in Latin, Arabic and Hebrew script with quotes and backslashes, and one mediation process per
/// 100 actors. Deterministic for a seed.</summary>
internal static class ExportGraphGenerator
{
    private static readonly string[] Stems = ["Northland", "حركة", "ישראל", "Front \"Nord\"", "Agency\\East", "Council {x}"];

    public static ActorGraphData Generate(int actors, int m = 3, int seed = 42)
    {
        var random = new Random(seed);
        var actorList = new List<Actor>(actors);
        for (var i = 0; i < actors; i++)
            actorList.Add(new Actor($"actor-{i:000000}", $"{Stems[i % Stems.Length]} {i}", (ActorKind)(i % 9), i % 7 == 0 ? [$"alias {i}"] : [],
                i % 3 == 0 ? "ISR" : null, i % 5 == 0 ? $"Description of actor {i}, with a \"quote\"." : null));

        var targets = new List<int>(actors * m * 2);
        var relations = new List<Relation>(actors * m);
        var kinds = RelationVocabulary.All;
        var start = new DateOnly(2020, 1, 1);
        for (var i = 0; i < actors; i++)
        {
            var links = Math.Min(i, m);
            var chosen = new HashSet<int>();
            while (chosen.Count < links)
                chosen.Add(targets.Count == 0 || random.Next(4) == 0 ? random.Next(i) : targets[random.Next(targets.Count)]);
            foreach (var j in chosen.Order())
            {
                var kind = kinds[random.Next(kinds.Count)];
                var day = start.AddDays(random.Next(1800));
                var when = random.Next(3) switch { 0 => new DateRange(day, null), 1 => new DateRange(day, day.AddDays(random.Next(400))), _ => DateRange.Always };
                relations.Add(new Relation($"r-{relations.Count:0000000}", actorList[i].Id, actorList[j].Id, kind,
                    Math.Round(random.NextDouble(), 3), Math.Round(0.5 + random.NextDouble() / 2, 3), when,
                    random.Next(4) == 0 ? ["ceasefire"] : [], (Modality)random.Next(4),
                    [new Evidence("src-" + (relations.Count % 50), "para " + random.Next(1, 20), null)]));
                targets.Add(i);
                targets.Add(j);
            }
        }

        var processes = new List<MediationProcess>(actors / 100);
        for (var p = 0; p < actors / 100; p++)
        {
            var parties = new[] { random.Next(actors), random.Next(actors) }.Distinct().Select(x => actorList[x].Id).ToArray();
            var mediators = new[] { random.Next(actors) }.Select(x => actorList[x].Id).Where(x => !parties.Contains(x)).ToArray();
            processes.Add(new MediationProcess($"process-{p:0000}", $"Talks {p}", [.. parties], [.. mediators], ["ceasefire"],
                (ProcessStatus)(p % 5), new DateRange(start.AddDays(random.Next(1500)), null), [], []));
        }
        var sources = Enumerable.Range(0, 50).Select(s => new Source("src-" + s, "Report " + s, "Publisher", new DateOnly(2024, 1, 1)));
        return new ActorGraphData(actorList, relations, processes, sources);
    }
}
