using ActorGraph.Core.Model;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Icews;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Formats;

public class IcewsTests
{
    internal const string Header = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";

    private static string Row(int id, string date, string source, string sectors, string sourceCountry, string text, string code, string intensity, string target, string targetSectors, string targetCountry, int story) =>
        string.Join('\t', id, date, source, sectors, sourceCountry, text, code, intensity, target, targetSectors, targetCountry, story, 2, "Example Wire", "Cairo", "", "Cairo", "Egypt", "30.05", "31.25");

    private static readonly string[] Lines =
    [
        Header,
        Row(1, "2023-03-01", "Egypt", "", "Egypt", "Mediate", "045", "5.0", "Israel", "", "Israel", 900),
        Row(2, "2023-03-02", "Egypt", "", "Egypt", "Mediate", "45", "5.0", "Hamas", "Radicals / Extremists / Fundamentalists,Rebel", "Occupied Palestinian Territory", 901),
        Row(3, "2023-03-01", "Israel Defense Forces", "Military", "Israel", "Use conventional military force", "190", "-10.0", "Hamas", "Rebel", "Occupied Palestinian Territory", 902),
        Row(4, "2023-03-01", "Egypt", "", "Egypt", "Host a visit", "043", "2.8", "Qatar", "", "Qatar", 903),
        Row(5, "not a date", "Egypt", "", "Egypt", "Host a visit", "043", "2.8", "Qatar", "", "Qatar", 904),
        Row(6, "2023-03-01", "Egypt", "", "Egypt", "Host a visit", "043", "strong", "Qatar", "", "Qatar", 905),
        "7\t2023-03-01\tEgypt",
    ];

    [Fact]
    public void Icews_rows_become_ties_with_story_evidence_and_bad_rows_are_reported()
    {
        var result = Run.Import(new IcewsEventReader(), Lines, "events.2023.tab");

        var g = result.Graph;
        Assert.Equal(ActorKind.State, g.FindActor("egy")!.Kind);
        Assert.Equal(ActorKind.ArmedGroup, g.FindActor("hms")!.Kind);
        Assert.Equal(ActorKind.Agency, g.FindActor("israel-defense-forces")!.Kind);
        var mediation = g.Relations.Where(r => r.Kind == RelationVocabulary.Mediates).ToList();
        Assert.Equal(2, mediation.Count);
        var withHamas = Assert.Single(mediation, r => r.Target == "hms");
        Assert.Contains("CAMEO 045 mediate", withHamas.Evidence[0].Note, StringComparison.Ordinal);
        Assert.Equal("sentence 2", withHamas.Evidence[0].Locator);
        var source = g.SourcesById[withHamas.Evidence[0].SourceId];
        Assert.Equal("ICEWS story 901", source.Title);
        Assert.Equal("Example Wire", source.Publisher);

        Assert.Equal(7, result.Summary.RowsRead);
        Assert.Equal([6L, 7L, 8L], result.Summary.Issues.Select(i => i.Line));
        Assert.Equal(SkipReason.BadDate, result.Summary.Issues[0].Reason);
        Assert.Equal(SkipReason.BadNumber, result.Summary.Issues[1].Reason);
        Assert.Equal(SkipReason.WrongColumnCount, result.Summary.Issues[2].Reason);
    }

    [Fact]
    public void A_file_without_the_icews_columns_is_refused_with_what_is_missing()
    {
        var ex = Assert.Throws<ImportFailedException>(() => Run.Import(new IcewsEventReader(), ["a\tb\tc", "1\t2\t3"], "x.tsv"));

        Assert.Contains("x.tsv:1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Event Date'", ex.Message, StringComparison.Ordinal);
    }
}
