using System.Globalization;
using ActorGraph.Core.Model;

namespace ActorGraph.Benchmarks.Load;

/// <summary>Writes a deterministic CSV seed folder shaped like aggregated event data: actors with
/// kinds, countries and some aliases; relations with dates, topics, modality and one evidence item;
/// a few thousand processes. Same arguments, same bytes.</summary>
internal static class SyntheticSeed
{
    private static readonly string[] Topics = ["ceasefire", "prisoner-exchange", "humanitarian-aid", "withdrawal", "reconstruction", "trade", "borders", "sanctions"];
    private static readonly string[] Countries = ["EGY", "QAT", "TUR", "ISR", "USA", "FRA", "LBN", "PSE", "JOR", "SAU"];

    public static void Write(string directory, int actors, int relations, int seed)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        var kinds = Enum.GetNames<ActorKind>().Select(Kebab).ToArray();

        using (var w = Open(directory, "sources.csv"))
        {
            w.Write("id,title,publisher,date,url\n");
            for (var i = 0; i < 100; i++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"src-{i},\"Event file {i}, weekly\",Synthetic wire,2024-{1 + i % 12:00}-01,https://example.org/events/{i}\n"));
            }
        }

        using (var w = Open(directory, "actors.csv"))
        {
            w.Write("id,name,kind,aliases,country,description\n");
            for (var i = 0; i < actors; i++)
            {
                var alias = i % 10 == 0 ? string.Create(CultureInfo.InvariantCulture, $"A{i};Actor no. {i}") : "";
                var country = i % 3 == 0 ? Countries[i % Countries.Length] : "";
                w.Write(string.Create(CultureInfo.InvariantCulture, $"actor-{i},Actor {i},{kinds[i % kinds.Length]},{alias},{country},Synthetic actor number {i}\n"));
            }
        }

        using (var w = Open(directory, "relations.csv"))
        {
            w.Write("id,source,target,kind,strength,confidence,start,end,topics,modality,evidence_source,evidence_locator,evidence_note,weight\n");
            var kindNames = RelationVocabulary.All.Select(k => k.Name).ToArray();
            var day0 = new DateOnly(2015, 1, 1);
            for (var i = 0; i < relations; i++)
            {
                // Skewed endpoints: a few actors take part in many relations, as in event data.
                var s = (int)(actors * Math.Pow(random.NextDouble(), 2));
                var t = (s + 1 + random.Next(actors - 1)) % actors;
                var start = day0.AddDays(random.Next(3650));
                var end = random.Next(4) == 0 ? start.AddDays(random.Next(365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
                var topics = random.Next(3) switch
                {
                    0 => "",
                    1 => Topics[random.Next(Topics.Length)],
                    _ => Topics[random.Next(Topics.Length)] + ";" + Topics[random.Next(Topics.Length)],
                };
                var id = i % 10 == 0 ? string.Create(CultureInfo.InvariantCulture, $"ev-{i}") : "";
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{id},actor-{s},actor-{t},{kindNames[random.Next(kindNames.Length)]},{random.Next(1, 1000) / 1000.0},{random.Next(500, 1001) / 1000.0},{start:yyyy-MM-dd},{end},{topics},{(random.Next(5) == 0 ? "claimed" : "reported")},src-{random.Next(100)},row {i},,{1 + random.Next(20)}\n"));
            }
        }

        using (var w = Open(directory, "processes.csv"))
        {
            w.Write("id,name,parties,mediators,topics,status,start,end,evidence_source,evidence_locator,evidence_note,inferred,confidence\n");
            for (var i = 0; i < Math.Max(1, actors / 50); i++)
            {
                var a = random.Next(actors);
                var b = (a + 1 + random.Next(actors - 2)) % actors;
                var m = random.Next(actors);
                while (m == a || m == b) m = (m + 1) % actors;
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"proc-{i},\"Talks {i}\",actor-{a};actor-{b},actor-{m},{Topics[i % Topics.Length]},ongoing,2024-01-01,,src-{i % 100},para 1,,true,0.6\n"));
            }
        }
    }

    private static StreamWriter Open(string directory, string name) =>
        new(Path.Combine(directory, name), append: false, new System.Text.UTF8Encoding(false), 1 << 16);

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
