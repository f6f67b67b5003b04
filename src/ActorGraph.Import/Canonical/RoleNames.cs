namespace ActorGraph.Import.Canonical;

/// <summary>
/// Names of role actors: "Government of Iran", "Military of the United States". English puts the definite article
/// before a country or region whose name is a plural, a union, a republic or federation written out, a group of
/// islands, or a few named places (the Gambia, the Holy See, the West Bank); the display name of the place itself
/// stays as the tables give it ("United States"), so only the "of" phrase gains the article.
/// </summary>
public static class RoleNames
{
    private static readonly string[] ArticleStarts =
        ["United ", "Republic ", "Democratic Republic ", "Federated ", "Russian Federation", "Holy See", "Vatican",
         "Gambia", "West Bank", "Gaza Strip", "Middle East", "Caribbean", "Americas", "Balkans", "Caucasus",
         "Horn of Africa", "Sahel", "Occupied ", "Palestinian Territor", "State of Palestine", "European Union",
         "Arab League", "African Union"];

    private static readonly string[] ArticleEnds = [" Republic", " Islands", " Emirates", " Federation", " Territories", " Territory"];

    private static readonly HashSet<string> PluralNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles", "Grenadines",
    };

    /// <summary>Regions that are one place (a territory), named like a country: "Government of the Gaza Strip".</summary>
    private static readonly HashSet<string> SinglePlaceRegions = new(StringComparer.OrdinalIgnoreCase) { "GZS", "WSB" };

    /// <summary>A country's role actor, "Government of Iran"; in a region of several states the role is "in" it,
    /// "Government in Africa", "Military in the Middle East", since CAMEO's AFRGOV is some African government, not a
    /// government of Africa.</summary>
    public static string Of(string role, Country place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.IsRegion && !SinglePlaceRegions.Contains(place.Code) ? $"{role} in {WithArticle(place.Name)}" : Of(role, place.Name);
    }

    /// <summary>A community's role actor: "Kurd rebels (Turkey)", "Catalan legislature" (no place); the community
    /// qualifies the role, so the role reads in lower case after it.</summary>
    public static string OfCommunity(string role, string community, string? place)
    {
        ArgumentNullException.ThrowIfNull(role);
        var phrase = $"{community} {char.ToLowerInvariant(role[0])}{role[1..]}";
        return place is null ? phrase : $"{phrase} ({place})";
    }

    /// <summary>"Government" and "United States" give "Government of the United States".</summary>
    public static string Of(string role, string place) => $"{role} of {WithArticle(place)}";

    /// <summary>The place as it reads after "of": "the Netherlands", "the Central African Republic", "Iran".</summary>
    public static string WithArticle(string place)
    {
        if (place.Length == 0 || place.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return place;
        foreach (var start in ArticleStarts)
            if (place.StartsWith(start, StringComparison.Ordinal)) return "the " + place;
        foreach (var end in ArticleEnds)
            if (place.EndsWith(end, StringComparison.Ordinal)) return "the " + place;
        return PluralNames.Contains(place) ? "the " + place : place;
    }
}
