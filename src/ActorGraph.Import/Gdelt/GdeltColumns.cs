namespace ActorGraph.Import.Gdelt;

/// <summary>Column positions (0-based) of the GDELT 2.0 events table: 61 tab-separated columns, no header
/// (GDELT Event Codebook V2.0). Only the columns the importer reads are named; the rest are listed
/// in order in docs/import.md.</summary>
public static class GdeltColumns
{
    /// <summary>Columns in a GDELT 2.0 events row.</summary>
    public const int Count = 61;

    /// <summary>Columns in a GDELT 1.0 events row of the historical files (up to 2013-03-31); the daily files
    /// from 2013-04-01 on add SOURCEURL as a 58th (GDELT Event Codebook V1.03). Columns 0..34 are as in 2.0;
    /// each geography block has 7 columns, not 8 (no ADM2Code).</summary>
    public const int Version1Count = 57;

    /// <summary>DATEADDED (YYYYMMDD) in a GDELT 1.0 row.</summary>
    public const int Version1DateAdded = 56;

    /// <summary>SOURCEURL in a 58-column GDELT 1.0 daily row.</summary>
    public const int Version1SourceUrl = 57;

    public const int GlobalEventId = 0;
    /// <summary>SQLDATE: the event date as YYYYMMDD.</summary>
    public const int SqlDate = 1;
    public const int MonthYear = 2;
    public const int Year = 3;
    public const int FractionDate = 4;
    public const int Actor1Code = 5;
    public const int Actor1Name = 6;
    public const int Actor1CountryCode = 7;
    public const int Actor1KnownGroupCode = 8;
    public const int Actor1EthnicCode = 9;
    public const int Actor1Religion1Code = 10;
    public const int Actor1Religion2Code = 11;
    public const int Actor1Type1Code = 12;
    public const int Actor1Type2Code = 13;
    public const int Actor1Type3Code = 14;
    public const int Actor2Code = 15;
    public const int Actor2Name = 16;
    public const int Actor2CountryCode = 17;
    public const int Actor2KnownGroupCode = 18;
    public const int Actor2EthnicCode = 19;
    public const int Actor2Religion1Code = 20;
    public const int Actor2Religion2Code = 21;
    public const int Actor2Type1Code = 22;
    public const int Actor2Type2Code = 23;
    public const int Actor2Type3Code = 24;
    public const int IsRootEvent = 25;
    public const int EventCode = 26;
    public const int EventBaseCode = 27;
    public const int EventRootCode = 28;
    public const int QuadClass = 29;
    public const int GoldsteinScale = 30;
    public const int NumMentions = 31;
    public const int NumSources = 32;
    public const int NumArticles = 33;
    public const int AvgTone = 34;
    // 35..42 Actor1Geo_*, 43..50 Actor2Geo_*, 51..58 ActionGeo_* (Type, FullName, CountryCode,
    // ADM1Code, ADM2Code, Lat, Long, FeatureID).
    public const int ActionGeoFullName = 52;
    public const int DateAdded = 59;
    public const int SourceUrl = 60;
}
