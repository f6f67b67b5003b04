using System.Globalization;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Reading;
using ActorGraph.Import.Tests.Support;
using ActorGraph.TestSupport;

namespace ActorGraph.Import.Tests.RealData;

/// <summary>An article is cited with the day GDELT added it (DATEADDED), not the event's SQLDATE, which can be
/// a day the article looks back to (in the real 2018-03-26 update some events are dated 2017-03-26).</summary>
public class GdeltSourceDateTests
{
    public static TheoryData<string> TabSeparatedFiles()
    {
        var dir = Path.GetFullPath(RepositoryPaths.Combine("..", "shared", "real-data", "gdelt2"));
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(dir, "*.export.CSV").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(TabSeparatedFiles))]
    public void Sources_carry_the_day_the_article_was_added(string name)
    {
        var path = RealFiles.Path(Path.Combine("gdelt2", name));
        var added = new HashSet<DateOnly>();
        var eventDays = new HashSet<DateOnly>();
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split('\t');
            if (fields.Length != 61) continue;
            if (DateOnly.TryParseExact(fields[59][..Math.Min(8, fields[59].Length)], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) added.Add(day);
            if (DateOnly.TryParseExact(fields[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var when)) eventDays.Add(when);
        }

        var result = EventImporter.Import(new GdeltEventReader(), [path], ImportOptions.Default);

        Assert.NotEmpty(result.Graph.Sources);
        foreach (var source in result.Graph.Sources.Where(s => s.Url is not null))
        {
            Assert.NotNull(source.Date);
            Assert.Contains(source.Date!.Value, added);
            Assert.Contains(source.Date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source.Title, StringComparison.Ordinal);
        }
        // Where SQLDATE names other days, the evidence says which day the event was dated.
        if (!eventDays.IsSubsetOf(added))
            Assert.Contains(result.Graph.Relations.SelectMany(r => r.Evidence), e => e.Note?.Contains("event dated", StringComparison.Ordinal) == true);
    }
}
