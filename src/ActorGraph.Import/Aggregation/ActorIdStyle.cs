namespace ActorGraph.Import.Aggregation;

/// <summary>How an event source identifies actors, and so how they are looked up in the code tables
/// (<see cref="Canonical.ActorCanonicaliser"/>).</summary>
public enum ActorIdStyle
{
    /// <summary>CAMEO actor codes (GDELT): country, known group and type codes; a role code alone names no actor.</summary>
    CameoCode,
    /// <summary>CAMEO codes with the source's name beside them (PLOVER <c>{actorText, code, sector}</c>): the
    /// codes when they name a country or group, else the name.</summary>
    CameoCodeOrName,
    /// <summary>Names (ICEWS, CSV): a country's name is that state; other names are kept, kebab-cased for the id.</summary>
    Name,
}
