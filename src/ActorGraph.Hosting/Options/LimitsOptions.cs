using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Hosting.Options;

/// <summary>Bounds on what one request may ask for (<c>ActorGraph:Limits</c>).</summary>
public sealed class LimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ActorGraph:Limits";

    /// <summary>The most paths one request may ask for (<c>k</c>).</summary>
    [Range(1, 50, ErrorMessage = "ActorGraph:Limits:MaxPaths must be between 1 and 50.")]
    public int MaxPaths { get; set; } = 50;

    /// <summary>The longest path, in ties, one request may ask for (<c>maxHops</c>).</summary>
    [Range(1, 10, ErrorMessage = "ActorGraph:Limits:MaxHops must be between 1 and 10.")]
    public int MaxHops { get; set; } = 10;

    /// <summary>The longest query string accepted, in bytes.</summary>
    [Range(256, 65_536, ErrorMessage = "ActorGraph:Limits:MaxQueryStringBytes must be between 256 and 65536.")]
    public int MaxQueryStringBytes { get; set; } = 4096;

    /// <summary>The largest request body accepted, in bytes (the API takes no bodies; this bounds abuse).</summary>
    [Range(0, 1_048_576, ErrorMessage = "ActorGraph:Limits:MaxRequestBodyBytes must be between 0 and 1048576.")]
    public int MaxRequestBodyBytes { get; set; } = 16_384;

    /// <summary>How long Graphviz may take to render an SVG export, in seconds.</summary>
    [Range(1, 600, ErrorMessage = "ActorGraph:Limits:RenderTimeoutSeconds must be between 1 and 600.")]
    public int RenderTimeoutSeconds { get; set; } = 30;

    /// <summary>How many analysis results are kept per graph version before the cache is emptied.</summary>
    [Range(0, 1_000_000, ErrorMessage = "ActorGraph:Limits:ResultCacheEntries must be between 0 and 1000000.")]
    public int ResultCacheEntries { get; set; } = 10_000;

    /// <summary>How many megabytes of serialised answers are kept per graph version before the cache is emptied.</summary>
    [Range(1, 65_536, ErrorMessage = "ActorGraph:Limits:ResultCacheMegabytes must be between 1 and 65536.")]
    public int ResultCacheMegabytes { get; set; } = 256;
}
