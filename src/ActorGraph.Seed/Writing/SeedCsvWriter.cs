using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Seed.Validation;
using ActorGraph.Seed.Writing;
using YamlDotNet.RepresentationModel;
using ActorGraph.Core.Text;

namespace ActorGraph.Seed;

/// <summary>Writes a graph as a seed folder of CSV files (<c>actors.csv</c>, <c>sources.csv</c>,
/// <c>relations.csv</c>, <c>processes.csv</c>) that <see cref="SeedLoader"/> reads back into the same graph.</summary>
/// <remarks>CSV holds one evidence item per row, no process outcomes, and no <c>;</c> inside list items.
/// From the first record of a kind that CSV cannot hold exactly, that record and the rest of its kind go
/// to a YAML file of the same name (<c>relations.yaml</c>), which the loader reads after the CSV file,
/// so the order is kept. Relation ids the loader would derive again are left empty.</remarks>
public static class SeedCsvWriter
{
    /// <summary>Writes <paramref name="graph"/> into <paramref name="directory"/> (created if needed;
    /// existing seed files of these names are overwritten). Write into an empty folder: any other seed
    /// file already there would be loaded with these.</summary>
    /// <exception cref="ArgumentException">A relation id contains <c>~</c> but is not the id the loader
    /// would derive, so it could not be read back.</exception>
    public static void Write(ActorGraphData graph, string directory)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);

        WriteSection(directory, "actors", graph.Actors, a => FitsList(a.Aliases),
            ["id", "name", "kind", "aliases", "country", "description"],
            (row, a) => row.Row(a.Id, a.Name, EnumText.Name(a.Kind), string.Join(';', a.Aliases), a.Country, a.Description),
            YamlSeedWriter.Actor);

        WriteSection(directory, "sources", graph.Sources, _ => true,
            ["id", "title", "publisher", "date", "url"],
            (row, s) => row.Row(s.Id, s.Title, s.Publisher, YamlSeedWriter.Date(s.Date), s.Url),
            YamlSeedWriter.Source);

        var deriver = new RelationIdDeriver();
        var written = graph.Relations.Select(r => (Relation: r, Id: IdToWrite(graph, r, deriver))).ToList();
        WriteSection(directory, "relations", written, x => x.Relation.Evidence.Length <= 1 && FitsList(x.Relation.Topics),
            ["id", "source", "target", "kind", "strength", "confidence", "start", "end", "topics", "modality",
                "evidence_source", "evidence_locator", "evidence_note", "weight"],
            (row, x) =>
            {
                var (r, id) = x;
                var e = r.Evidence.IsEmpty ? null : r.Evidence[0];
                row.Row(id, r.Source, r.Target, r.Kind.Name, Number(r.Strength), Number(r.Confidence),
                    YamlSeedWriter.Date(r.When.Start), YamlSeedWriter.Date(r.When.End), string.Join(';', r.Topics),
                    EnumText.Name(r.Modality), e?.SourceId, e?.Locator, e?.Note,
                    r.Weight.ToString(CultureInfo.InvariantCulture));
            },
            x => YamlSeedWriter.Relation(x.Relation, x.Id));

        WriteSection(directory, "processes", graph.Processes,
            p => p.Outcomes.IsEmpty && p.Evidence.Length <= 1 && FitsList(p.Topics) && FitsList(p.Parties) && FitsList(p.Mediators),
            ["id", "name", "parties", "mediators", "topics", "status", "start", "end", "evidence_source", "evidence_locator",
                "evidence_note", "inferred", "confidence"],
            (row, p) =>
            {
                var e = p.Evidence.IsEmpty ? null : p.Evidence[0];
                row.Row(p.Id, p.Name, string.Join(';', p.Parties), string.Join(';', p.Mediators), string.Join(';', p.Topics),
                    EnumText.Name(p.Status), YamlSeedWriter.Date(p.When.Start), YamlSeedWriter.Date(p.When.End),
                    e?.SourceId, e?.Locator, e?.Note, p.Inferred ? "true" : "false", Number(p.Confidence));
            },
            YamlSeedWriter.Process);
    }

    private static void WriteSection<T>(string directory, string section, IReadOnlyList<T> items, Func<T, bool> fitsCsv,
        string[] header, Action<CsvRowWriter, T> writeRow, Func<T, YamlMappingNode> toYaml)
    {
        var csvPath = Path.Combine(directory, section + ".csv");
        var yamlPath = Path.Combine(directory, section + ".yaml");
        var firstMisfit = 0;
        while (firstMisfit < items.Count && fitsCsv(items[firstMisfit])) firstMisfit++;

        using (var writer = new StreamWriter(csvPath, append: false, new System.Text.UTF8Encoding(false)))
        {
            var row = new CsvRowWriter(writer);
            row.Row(header);
            for (var i = 0; i < firstMisfit; i++) writeRow(row, items[i]);
        }

        if (firstMisfit < items.Count) YamlSeedWriter.Write(yamlPath, section, items.Skip(firstMisfit).Select(toYaml));
        else File.Delete(yamlPath);
    }

    /// <summary>The id to write: empty when the loader derives the same one again.</summary>
    private static string? IdToWrite(ActorGraphData graph, Relation relation, RelationIdDeriver deriver)
    {
        if (!relation.Id.Contains('~', StringComparison.Ordinal)) return relation.Id;
        var derived = deriver.Next(graph.IndexOf(relation.Source), relation.Source, relation.Kind, graph.IndexOf(relation.Target), relation.Target, relation.When.Start);
        return derived == relation.Id
            ? null
            : throw new ArgumentException($"relation id '{relation.Id}' contains '~', which seed files reserve for derived ids", nameof(relation));
    }

    private static bool FitsList(IEnumerable<string> items) => items.All(i => !i.Contains(';', StringComparison.Ordinal));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
