namespace ActorGraph.Import.Tests.Support;

/// <summary>The GDELT fixture used across tests: a reciprocal visit pair, a mediation triangle
/// (Egypt and Qatar mediating between Israel and Hamas while they fight), a ceasefire, and malformed rows.</summary>
public static class Fixtures
{
    public static GdeltRow Row(long id, string date, string a1, string a1Name, string a2, string a2Name, string code, int quad, double goldstein, int sources = 1, string? url = null) =>
        new(id, date, a1, a1Name, a1.Length >= 3 ? a1[..3] : a1, a2, a2Name, a2.Length >= 3 ? a2[..3] : a2, code, quad, goldstein, sources, url);

    /// <summary>Good rows only.</summary>
    public static IReadOnlyList<string> GoodRows() =>
    [
        // Reciprocal visit pair: Egypt visits Qatar (042), Qatar hosts Egypt (043), same day.
        Row(1001, "20240510", "EGY", "EGYPT", "QAT", "QATAR", "042", 1, 1.9, 3, "https://news.example/egypt-visits-qatar").ToString(),
        Row(1002, "20240510", "QAT", "QATAR", "EGY", "EGYPT", "043", 1, 2.8, 2, "https://news.example/qatar-hosts-egypt").ToString(),
        // Fighting between Israel and Hamas (190 use conventional military force).
        new GdeltRow(1003, "20240512", "ISR", "ISRAEL", "ISR", "HMS", "HAMAS", "PSE", "190", 4, -10.0, 4, "https://news.example/strikes", Actor2KnownGroup: "HMS").ToString(),
        // Egypt mediates with Israel and with Hamas (045) within days.
        Row(1004, "20240514", "EGY", "EGYPT", "ISR", "ISRAEL", "045", 1, 5.0, 2, "https://news.example/egypt-israel-talks").ToString(),
        new GdeltRow(1005, "20240516", "EGY", "EGYPT", "EGY", "HMS", "HAMAS", "PSE", "045", 1, 5.0, 3, "https://news.example/egypt-hamas-talks", Actor2KnownGroup: "HMS").ToString(),
        // Qatar negotiates with Hamas and with Israel (046).
        new GdeltRow(1006, "20240517", "QAT", "QATAR", "QAT", "HMS", "HAMAS", "PSE", "046", 1, 7.0, 1, "https://news.example/qatar-hamas", Actor2KnownGroup: "HMS").ToString(),
        Row(1007, "20240518", "QAT", "QATAR", "ISR", "ISRAEL", "046", 1, 7.0, 1, "https://news.example/qatar-israel").ToString(),
        // A row with no second actor, as most GDELT rows are.
        Row(1008, "20240518", "USA", "UNITED STATES", "", "", "010", 1, 0.0, 1, "https://news.example/statement").ToString(),
    ];

    /// <summary>Good rows plus Hamas firing back, so that the opposition is sustained (two hostile events)
    /// and the mediation triangle is inferred.</summary>
    public static IReadOnlyList<string> ConflictRows() =>
    [
        .. GoodRows(),
        new GdeltRow(1009, "20240513", "HMS", "HAMAS", "PSE", "ISR", "ISRAEL", "ISR", "190", 4, -10.0, 2, "https://news.example/rockets", Actor1KnownGroup: "HMS").ToString(),
    ];

    /// <summary>Malformed rows: a short row, a bad date, a non-numeric Goldstein score.</summary>
    public static IReadOnlyList<string> BadRows() =>
    [
        "2001\t20240510\tEGY\tEGYPT",
        Row(2002, "2024-05-10", "EGY", "EGYPT", "QAT", "QATAR", "042", 1, 1.9).ToString(),
        Row(2003, "20240510", "EGY", "EGYPT", "QAT", "QATAR", "042", 1, 1.9).ToString().Replace("\t1.9\t", "\tabc\t", StringComparison.Ordinal),
    ];
}
