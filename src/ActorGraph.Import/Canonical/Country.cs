namespace ActorGraph.Import.Canonical;

/// <summary>A country or a CAMEO region, as the code tables know it.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 code for a country (<c>ROU</c>, even where CAMEO says <c>ROM</c>);
/// the CAMEO code for a region (<c>MEA</c>).</param>
/// <param name="Name">The display name every import uses (<c>Iran</c>, <c>Russia</c>).</param>
/// <param name="IsRegion">True for CAMEO regions (Middle East, Africa...), which have no ISO code.</param>
/// <param name="Variants">Other names for it (ISO short and official names, common usage).</param>
public sealed record Country(string Code, string Name, bool IsRegion, IReadOnlyList<string> Variants);
