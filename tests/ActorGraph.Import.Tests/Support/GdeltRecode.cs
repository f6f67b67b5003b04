using ActorGraph.Core.Model;

namespace ActorGraph.Import.Tests.Support;

/// <summary>Picks rows of a real GDELT 2.0 export (by event id) and recodes them as mediation (CAMEO 045) or accepted
/// mediation (038), as a day with mediation would code them: the held-back files are other days of the same source.</summary>
public static class GdeltRecode
{
    // Columns of a GDELT 2.0 export row: each actor has 10 fields (code .. type 3), each actor's place 8 (35.., 43..).
    private const int ActorFields = 10, GeoFields = 8, Actor1Geo = 35, Actor2Geo = 43;
    private const int Actor1 = 5, Actor2 = 15, EventCode = 26, BaseCode = 27, RootCode = 28, Quad = 29, Goldstein = 30, Url = 60;

    /// <summary>Per article, the first actor with cooperative rows (roots 01-05) with two other actors: those two rows.</summary>
    public static IEnumerable<(long First, long Second)> MediatorWithTwo(string[] lines)
    {
        foreach (var article in Articles(lines))
        {
            var pick = article.Where(c => Cooperative(c))
                .GroupBy(c => c[Actor1])
                .Select(g => g.DistinctBy(c => c[Actor2]).Take(2).ToList())
                .FirstOrDefault(rows => rows.Count == 2);
            if (pick is not null) yield return (long.Parse(pick[0][0]), long.Parse(pick[1][0]));
        }
    }

    /// <summary>Per article with a hostile row (roots 11, 18-20) between two actors, the first cooperative row of a
    /// third actor with one of them.</summary>
    public static IEnumerable<long> MediatorWithOneFighter(string[] lines)
    {
        foreach (var article in Articles(lines))
        {
            var fights = article.Where(c => Both(c) && c[RootCode] is "11" or "18" or "19" or "20").ToList();
            var pick = article.FirstOrDefault(c => Cooperative(c) && fights.Any(f =>
                (f[Actor1] == c[Actor2] || f[Actor2] == c[Actor2]) && f[Actor1] != c[Actor1] && f[Actor2] != c[Actor1]));
            if (pick is not null) yield return long.Parse(pick[0]);
        }
    }

    /// <summary>The lines with the rows of <paramref name="ids"/> coded 045 (mediate, QuadClass 1, Goldstein 5); rows in
    /// <paramref name="separateReports"/> also get a URL of their own, as if another article had reported them.</summary>
    public static string[] AsMediation(string[] lines, IEnumerable<long> ids, ISet<long>? separateReports = null) =>
        Recode(lines, ids, separateReports, c => (c[EventCode], c[BaseCode], c[RootCode], c[Quad], c[Goldstein]) = ("045", "045", "04", "1", "5.0"));

    /// <summary>The lines with the rows of <paramref name="ids"/> coded 038 (express intent to accept mediation,
    /// QuadClass 1) with their actors swapped: the row's Actor2 now says it will accept its Actor1's mediation, as
    /// CAMEO codes "Israel said it would accept US mediation" (Actor1 Israel, Actor2 the US).</summary>
    public static string[] AsAcceptedMediation(string[] lines, IEnumerable<long> ids, ISet<long>? separateReports = null) =>
        Recode(lines, ids, separateReports, c =>
        {
            (c[EventCode], c[BaseCode], c[RootCode], c[Quad], c[Goldstein]) = ("038", "038", "03", "1", "4.0");
            for (var i = 0; i < ActorFields; i++) (c[Actor1 + i], c[Actor2 + i]) = (c[Actor2 + i], c[Actor1 + i]);
            for (var i = 0; i < GeoFields; i++) (c[Actor1Geo + i], c[Actor2Geo + i]) = (c[Actor2Geo + i], c[Actor1Geo + i]);
        });

    private static string[] Recode(string[] lines, IEnumerable<long> ids, ISet<long>? separateReports, Action<string[]> change)
    {
        var wanted = ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        return [.. lines.Select(line =>
        {
            var c = line.Split('\t');
            if (!wanted.Contains(c[0])) return line;
            change(c);
            if (separateReports?.Contains(long.Parse(c[0])) == true) c[Url] = $"https://separate-report.example.org/{c[0]}";
            return string.Join('\t', c);
        })];
    }

    /// <summary>The mediator and counterpart the recoded event became, or nulls when it made no mediation tie.</summary>
    public static (string? Mediator, string? Counterpart) Ends(ActorGraphData graph, long eventId)
    {
        var tie = graph.Relations.FirstOrDefault(r => r.Kind == RelationVocabulary.Mediates && r.Evidence.Any(e => e.Locator == $"GDELT event {eventId}"));
        return tie is null ? (null, null) : (tie.Source, tie.Target);
    }

    private static IEnumerable<List<string[]>> Articles(string[] lines) =>
        lines.Select(l => l.Split('\t')).Where(c => c.Length == 61).GroupBy(c => c[Url]).Select(g => g.ToList());

    private static bool Both(string[] c) => c[Actor1].Length > 0 && c[Actor2].Length > 0 && c[Actor1] != c[Actor2];

    private static bool Cooperative(string[] c) => Both(c) && c[RootCode] is "01" or "02" or "03" or "04" or "05";
}
