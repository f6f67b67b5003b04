using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Service.Reading;

/// <summary>Reading reports on the page and saving what the analyst accepts (<c>ActorGraph:Review</c>); see
/// docs/service.md and docs/limits.md.</summary>
public sealed class ReviewOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ActorGraph:Review";

    /// <summary>The largest request body of <c>/api/read</c> and its save and download, in bytes (the rest of
    /// the API keeps <c>ActorGraph:Limits:MaxRequestBodyBytes</c>). A report's text is at most this long.</summary>
    [Range(1_024, 33_554_432, ErrorMessage = "ActorGraph:Review:MaxBodyBytes must be between 1024 and 33554432.")]
    public int MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How long reading one report may take, in seconds.</summary>
    [Range(1, 600, ErrorMessage = "ActorGraph:Review:TimeoutSeconds must be between 1 and 600.")]
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>How many reports may be read at once (<c>/api/read</c> and its save and download); one more is
    /// refused with 429 and Retry-After (see <see cref="ReadingGate"/>).</summary>
    [Range(1, 64, ErrorMessage = "ActorGraph:Review:MaxConcurrentReadings must be between 1 and 64.")]
    public int MaxConcurrentReadings { get; set; } = 2;

    /// <summary>The Retry-After of a refused reading, in seconds.</summary>
    [Range(1, 600, ErrorMessage = "ActorGraph:Review:RetryAfterSeconds must be between 1 and 600.")]
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>Whether accepted facts may be saved into the served seed folder (<c>actorgraph serve
    /// --allow-writes</c>). Off by default: the service then only offers downloads.</summary>
    public bool AllowWrites { get; set; }

    /// <summary>The paths these limits apply to.</summary>
    public const string PathPrefix = "/api/read";
}
