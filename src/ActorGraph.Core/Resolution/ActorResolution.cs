using ActorGraph.Core.Model;

namespace ActorGraph.Core.Resolution;

/// <summary>The outcome of resolving what a user typed to one actor.</summary>
public abstract record ActorResolution(string Query)
{
    /// <summary>Exactly one actor matched.</summary>
    public sealed record Found(string Query, Actor Actor) : ActorResolution(Query);

    /// <summary>Nothing matched; <see cref="Suggestions"/> are the closest names (maybe none).</summary>
    public sealed record NotFound(string Query, IReadOnlyList<Actor> Suggestions) : ActorResolution(Query);

    /// <summary>Several actors matched equally well.</summary>
    public sealed record Ambiguous(string Query, IReadOnlyList<Actor> Candidates) : ActorResolution(Query);

    /// <summary>A one-line message for a user, naming the closest matches.</summary>
    public string Describe() => this switch
    {
        Found f => $"'{Query}' is {f.Actor.Name} ({f.Actor.Id})",
        NotFound { Suggestions.Count: 0 } => $"unknown actor '{Query}'",
        NotFound n => $"unknown actor '{Query}'; did you mean {string.Join(", ", n.Suggestions.Select(a => $"{a.Name} ({a.Id})"))}?",
        Ambiguous a => $"'{Query}' is ambiguous: it could be {string.Join(", ", a.Candidates.Select(c => $"{c.Name} ({c.Id})"))}",
        _ => Query,
    };
}
