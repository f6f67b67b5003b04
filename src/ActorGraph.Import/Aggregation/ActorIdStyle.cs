namespace ActorGraph.Import.Aggregation;

/// <summary>How actor ids and kinds are derived from an event source's actor fields.</summary>
public enum ActorIdStyle
{
    /// <summary>The key is a CAMEO actor code (GDELT): id from the code's three-letter parts, kind from type codes.</summary>
    CameoCode,
    /// <summary>The key is a name (ICEWS, PLOVER, CSV): id in kebab case, kind from sectors.</summary>
    Name,
}
