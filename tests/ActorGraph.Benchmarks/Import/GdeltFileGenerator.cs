using System.Globalization;
using System.Text;

namespace ActorGraph.Benchmarks.Import;

/// <summary>Writes a deterministic file in the GDELT 2.0 events layout (61 tab-separated columns) with a
/// realistic mix: about a quarter of the rows without a second actor, 300 actor codes with skewed popularity,
/// CAMEO codes across all roots weighted roughly like GDELT (mediation rare), filled geography columns and
/// source URLs (about 400 bytes a row, like real files).</summary>
/// <remarks>Two profiles. <see cref="Profile.Events"/> (the default, unchanged since the benchmark began) gives each row
/// its own URL. <see cref="Profile.Articles"/> writes rows in articles as GDELT does: an article's events are consecutive
/// rows with one URL, one day and mostly the same two actors, 4.5 events per URL on average, as measured on the real
/// 15-minute export in <c>../shared/real-data/gdelt2</c> (1,540 rows, 339 distinct URLs).</remarks>
public static class GdeltFileGenerator
{
    private static readonly string[] Countries =
    [
        "USA", "ISR", "EGY", "QAT", "TUR", "IRN", "LBN", "SYR", "JOR", "SAU", "ARE", "FRA", "GBR", "DEU", "RUS",
        "CHN", "UKR", "IND", "PAK", "AFG", "IRQ", "YEM", "SDN", "ETH", "NGA", "KEN", "ZAF", "BRA", "MEX", "VEN",
        "COL", "ARG", "JPN", "KOR", "PRK", "IDN", "PHL", "MYS", "THA", "VNM", "POL", "ITA", "ESP", "NLD", "BEL",
        "SWE", "NOR", "CAN", "AUS", "PSE",
    ];

    private static readonly string[] Types = ["", "GOV", "MIL", "REB", "CVL", "BUS"];

    // CAMEO codes with weights (per mille) roughly like GDELT's mix: talk and consultation dominate,
    // mediation (045) is rare, fighting and coercion are common.
    private static readonly (string Code, int Quad, double Goldstein, int Weight)[] Events =
    [
        ("010", 1, 0.0, 150), ("020", 1, 3.0, 70), ("036", 1, 4.0, 80), ("040", 1, 1.0, 120), ("042", 1, 1.9, 40),
        ("043", 1, 2.8, 40), ("045", 1, 5.0, 3), ("046", 1, 7.0, 20), ("051", 1, 3.4, 60), ("057", 1, 8.0, 10),
        ("061", 2, 6.4, 20), ("073", 2, 7.4, 20), ("0871", 2, 9.0, 3), ("100", 3, -5.0, 15), ("111", 3, -2.0, 50),
        ("120", 3, -4.0, 20), ("130", 3, -4.4, 20), ("141", 3, -6.5, 20), ("163", 4, -8.0, 15), ("173", 4, -5.0, 60),
        ("190", 4, -10.0, 60), ("193", 4, -10.0, 20), ("196", 4, -9.5, 2), ("0341", 1, 4.0, 2), ("039", 1, 5.0, 3),
    ];

    /// <summary>Writes <paramref name="rows"/> rows to <paramref name="path"/> unless a file with exactly that
    /// many lines (recorded beside it) is already there. Returns the file size in bytes.</summary>
    public static long EnsureFile(string path, long rows, Profile profile = Profile.Events)
    {
        var marker = path + ".rows";
        if (File.Exists(path) && File.Exists(marker) && File.ReadAllText(marker).Trim() == rows.ToString(CultureInfo.InvariantCulture))
            return new FileInfo(path).Length;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var actors = Countries.SelectMany(c => Types.Select(t => (Code: c + t, Country: c, Type: t))).ToArray();
        var state = 0x9E3779B97F4A7C15UL;
        ulong Next()
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state;
        }
        int Pick(int n) => (int)(Next() % (ulong)n);
        // Actor popularity is skewed (a few states appear in most events): index = n * u^3.
        int PickActor()
        {
            var u = (Next() >> 11) * (1.0 / (1UL << 53));
            return Math.Min(actors.Length - 1, (int)(actors.Length * u * u * u));
        }
        var table = Events.SelectMany(e => Enumerable.Repeat(e, e.Weight)).ToArray();
        var articles = profile == Profile.Articles;
        // Articles: events left in the current article (its URL and actors); a new article draws 1 + a geometric count
        // with mean 3.5 more (p = 2/9), i.e. 4.5 events per URL.
        var left = 0;
        var url = "";
        (string Code, string Country, string Type) articleA1 = default, articleA2 = default;

        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            var sb = new StringBuilder(512);
            var start = new DateOnly(2024, 4, 1);
            for (long i = 0; i < rows; i++)
            {
                sb.Clear();
                var date = start.AddDays((int)(i * 60 / rows));
                var d = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                var a1 = actors[PickActor()];
                var hasA2 = Pick(4) != 0;
                var a2 = actors[PickActor()];
                if (articles)
                {
                    if (left == 0)
                    {
                        left = 1;
                        while (Pick(9) >= 2) left++;
                        url = $"https://news{Pick(400)}.example.com/world/2024/{i}/story-about-talks.html";
                        (articleA1, articleA2) = (a1, a2);
                    }
                    left--;
                    // Most events of an article are between its two main actors; some bring in a third.
                    if (Pick(4) != 0) (a1, a2) = Pick(2) == 0 ? (articleA1, articleA2) : (articleA2, articleA1);
                }
                var e = table[Pick(table.Length)];
                var sources = 1 + Pick(5);
                sb.Append(1_100_000_000 + i).Append('\t').Append(d).Append('\t').Append(d, 0, 6).Append('\t').Append(d, 0, 4).Append('\t')
                  .Append("2024.3151").Append('\t');
                Actor(sb, a1);
                if (hasA2) Actor(sb, a2); else sb.Append('\t', 10);
                sb.Append("1\t").Append(e.Code).Append('\t').Append(e.Code.Length > 3 ? e.Code[..3] : e.Code).Append('\t').Append(e.Code, 0, 2).Append('\t')
                  .Append(e.Quad).Append('\t').Append(e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture)).Append('\t')
                  .Append(sources * 2).Append('\t').Append(sources).Append('\t').Append(sources * 2).Append('\t')
                  .Append("-2.41904761904762").Append('\t');
                Geo(sb, a1.Country);
                if (hasA2) Geo(sb, a2.Country); else sb.Append('\t', 8);
                Geo(sb, a1.Country);
                sb.Append(d).Append("151500\t");
                if (articles) sb.Append(url);
                else sb.Append("https://news").Append(Pick(400)).Append(".example.com/world/2024/").Append(Pick(100000)).Append("/story-about-talks.html");
                writer.Write(sb);
                writer.Write('\n');
            }
        }
        File.WriteAllText(marker, rows.ToString(CultureInfo.InvariantCulture));
        return new FileInfo(path).Length;
    }

    /// <summary>How rows relate to articles.</summary>
    public enum Profile
    {
        /// <summary>Every row its own URL and actors (the benchmark's original file).</summary>
        Events,

        /// <summary>Rows in articles of 4.5 events on average, sharing URL, day and main actors (real GDELT's shape).</summary>
        Articles,
    }

    private static void Actor(StringBuilder sb, (string Code, string Country, string Type) a) =>
        sb.Append(a.Code).Append('\t').Append("ACTOR ").Append(a.Code).Append('\t').Append(a.Country).Append("\t\t\t\t\t")
          .Append(a.Type).Append("\t\t\t");

    private static void Geo(StringBuilder sb, string country) =>
        sb.Append("4\t").Append("Capital City, Region, ").Append(country).Append('\t').Append(country, 0, 2).Append('\t')
          .Append(country, 0, 2).Append("01\t").Append("12345\t").Append("30.0444\t").Append("31.2357\t").Append("-290692\t");
}
