using YamlDotNet.Core;

namespace ActorGraph.Seed.Yaml;

/// <summary>A YAML file goes past a structural limit (nesting, alias expansion, a list or map used as a key).
/// Raised by <see cref="BoundedParser"/> while parsing, at the event where it happens.</summary>
internal sealed class YamlLimitException : YamlException
{
    public YamlLimitException(Mark start, Mark end, string message) : base(start, end, message)
    {
    }

    public YamlLimitException(string message) : base(message)
    {
    }

    public YamlLimitException(string message, Exception inner) : base(message, inner)
    {
    }
}
