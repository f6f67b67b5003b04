using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Tests.Support;

/// <summary>Runs imports over lines written to a temporary file.</summary>
public static class Run
{
    public static ImportResult Gdelt(IEnumerable<string> lines, ImportOptions? options = null) =>
        Import(new GdeltEventReader(), lines, "events.export.CSV", options);

    public static ImportResult Import(IEventReader reader, IEnumerable<string> lines, string fileName, ImportOptions? options = null)
    {
        using var dir = new TempDir();
        var path = dir.Write(fileName, lines);
        return EventImporter.Import(reader, [path], options ?? ImportOptions.Default);
    }

    public static ImportOptions Window(int days, bool strict = false) => new(new AggregationOptions(WindowDays: days), strict);
}
