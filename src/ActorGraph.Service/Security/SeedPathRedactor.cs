using ActorGraph.Hosting.Options;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Security;

/// <summary>Takes the seed folder's absolute path out of what clients see: the folder becomes its name
/// and files in it their names relative to it (<c>/home/me/graph-seed/relations.yaml:7:13</c> becomes
/// <c>relations.yaml:7:13</c>). The server log keeps full paths, for the operator.</summary>
public sealed class SeedPathRedactor(IOptionsMonitor<SeedOptions> seed)
{
    /// <summary><paramref name="text"/> without the seed folder's absolute path.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folder = Path.TrimEndingDirectorySeparator(seed.CurrentValue.GetFullPath());
        if (folder.Length <= 1) return text;
        return text
            .Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
            .Replace(folder, Path.GetFileName(folder), StringComparison.Ordinal);
    }

    /// <summary>Each of <paramref name="texts"/> redacted.</summary>
    public string[] Redact(IEnumerable<string> texts) => [.. texts.Select(Redact)];
}
