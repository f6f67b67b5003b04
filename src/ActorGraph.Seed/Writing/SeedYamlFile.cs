using ActorGraph.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Seed.Writing;

/// <summary>Writes a graph as one YAML seed file holding every section (<c>actors</c>, <c>sources</c>,
/// <c>relations</c>, <c>processes</c>; empty sections are left out), which <see cref="SeedLoader"/> reads
/// beside the other files of a seed folder. The service saves reviewed report readings this way: one new
/// file per report, so that the analyst's own files are never rewritten.</summary>
public static class SeedYamlFile
{
    /// <summary>Writes <paramref name="graph"/> to <paramref name="path"/> (overwritten if it exists).</summary>
    /// <exception cref="ArgumentException">A relation id contains <c>~</c>, which seed files reserve for derived ids.</exception>
    public static void Write(ActorGraphData graph, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(path);
        var bad = graph.Relations.FirstOrDefault(r => r.Id.Contains('~', StringComparison.Ordinal));
        if (bad is not null) throw new ArgumentException($"relation id '{bad.Id}' contains '~', which seed files reserve for derived ids", nameof(graph));
        var root = new YamlMappingNode();
        if (graph.Actors.Length > 0) root.Add("actors", new YamlSequenceNode(graph.Actors.Select(YamlSeedWriter.Actor)));
        if (graph.Sources.Length > 0) root.Add("sources", new YamlSequenceNode(graph.Sources.Select(YamlSeedWriter.Source)));
        if (graph.Relations.Length > 0) root.Add("relations", new YamlSequenceNode(graph.Relations.Select(r => YamlSeedWriter.Relation(r, r.Id))));
        if (graph.Processes.Length > 0) root.Add("processes", new YamlSequenceNode(graph.Processes.Select(YamlSeedWriter.Process)));
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
    }
}
