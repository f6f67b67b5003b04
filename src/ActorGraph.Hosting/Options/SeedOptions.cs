using System.ComponentModel.DataAnnotations;
using ActorGraph.Seed;

namespace ActorGraph.Hosting.Options;

/// <summary>Where the seed folder is and how edits to it are picked up (<c>ActorGraph:Seed</c>).</summary>
public sealed class SeedOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ActorGraph:Seed";

    /// <summary>The seed folder (relative paths are taken from the working directory).</summary>
    [Required(ErrorMessage = "ActorGraph:Seed:Folder is required: the folder with the seed files (e.g. graph-seed).")]
    public string Folder { get; set; } = "graph-seed";

    /// <summary>Reload the graph when a file in the folder changes.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the folder must be quiet after an edit before it is reloaded, in milliseconds.</summary>
    [Range(0, 60_000, ErrorMessage = "ActorGraph:Seed:ReloadDebounceMilliseconds must be between 0 and 60000.")]
    public int ReloadDebounceMilliseconds { get; set; } = 400;

    /// <summary>Bounds on the files in the folder (<c>ActorGraph:Seed:Limits:*</c>, see docs/limits.md).</summary>
    public SeedLimits Limits { get; set; } = new();

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Limits.Validate().Select(problem => new ValidationResult($"{Section}:Limits:{problem}.", [nameof(Limits)]));

    /// <summary>The folder as an absolute path.</summary>
    public string GetFullPath() => Path.GetFullPath(Folder);
}
