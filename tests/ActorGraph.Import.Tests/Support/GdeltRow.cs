using System.Globalization;

namespace ActorGraph.Import.Tests.Support;

/// <summary>Builds rows in the real GDELT 2.0 events layout: 61 tab-separated columns, in codebook order.</summary>
public sealed record GdeltRow(
    long Id,
    string Date,
    string Actor1Code,
    string Actor1Name,
    string Actor1Country,
    string Actor2Code,
    string Actor2Name,
    string Actor2Country,
    string EventCode,
    int QuadClass,
    double Goldstein,
    int NumSources = 1,
    string? Url = null,
    string Actor1Type = "",
    string Actor2Type = "",
    string Actor1KnownGroup = "",
    string Actor2KnownGroup = "")
{
    /// <summary>The 61 column names of the GDELT 2.0 events table, in order.</summary>
    public static readonly string[] Header =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>The 57 column names of a GDELT 1.0 events row (GDELT Event Codebook V1.03): the 2.0 columns
    /// without the three ADM2Code columns and without SOURCEURL, which the daily files since 2013-04-01 add as a 58th.</summary>
    public static readonly string[] Version1Header = [.. Header.Where(h => !h.EndsWith("_ADM2Code", StringComparison.Ordinal) && h != "SOURCEURL")];

    /// <summary>The row as one tab-separated line (no line end).</summary>
    public override string ToString() => string.Join('\t', Header.Select(h => Values().GetValueOrDefault(h, "")));

    /// <summary>A 61-column GDELT 2.0 line rewritten in the GDELT 1.0 layout: 58 columns with SOURCEURL (the daily
    /// files since 2013-04-01), or 57 without (the historical files); DATEADDED is YYYYMMDD there.</summary>
    public static string ToVersion1(string line, bool withUrl)
    {
        var cells = line.Split('\t');
        var v = Header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => cells[p.i], StringComparer.Ordinal);
        v["DATEADDED"] = v["DATEADDED"].Length >= 8 ? v["DATEADDED"][..8] : v["DATEADDED"];
        var row = Version1Header.Select(h => v[h]);
        return string.Join('\t', withUrl ? row.Append(v["SOURCEURL"]) : row);
    }

    private Dictionary<string, string> Values()
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GLOBALEVENTID"] = Id.ToString(CultureInfo.InvariantCulture),
            ["SQLDATE"] = Date,
            ["MonthYear"] = Date.Length >= 6 ? Date[..6] : Date,
            ["Year"] = Date.Length >= 4 ? Date[..4] : Date,
            ["FractionDate"] = "2024.3699",
            ["Actor1Code"] = Actor1Code, ["Actor1Name"] = Actor1Name, ["Actor1CountryCode"] = Actor1Country,
            ["Actor1KnownGroupCode"] = Actor1KnownGroup, ["Actor1Type1Code"] = Actor1Type,
            ["Actor2Code"] = Actor2Code, ["Actor2Name"] = Actor2Name, ["Actor2CountryCode"] = Actor2Country,
            ["Actor2KnownGroupCode"] = Actor2KnownGroup, ["Actor2Type1Code"] = Actor2Type,
            ["IsRootEvent"] = "1",
            ["EventCode"] = EventCode,
            ["EventBaseCode"] = EventCode.Length > 3 ? EventCode[..3] : EventCode,
            ["EventRootCode"] = EventCode.Length >= 2 ? EventCode[..2] : EventCode,
            ["QuadClass"] = QuadClass.ToString(CultureInfo.InvariantCulture),
            ["GoldsteinScale"] = Goldstein.ToString("0.0", CultureInfo.InvariantCulture),
            ["NumMentions"] = (NumSources * 2).ToString(CultureInfo.InvariantCulture),
            ["NumSources"] = NumSources.ToString(CultureInfo.InvariantCulture),
            ["NumArticles"] = (NumSources * 2).ToString(CultureInfo.InvariantCulture),
            ["AvgTone"] = "-1.25",
            ["ActionGeo_Type"] = "4", ["ActionGeo_FullName"] = "Cairo, Al Qahirah, Egypt", ["ActionGeo_CountryCode"] = "EG",
            ["ActionGeo_Lat"] = "30.05", ["ActionGeo_Long"] = "31.25",
            ["DATEADDED"] = Date + "120000",
            ["SOURCEURL"] = Url ?? "",
        };
        return v;
    }
}
