namespace ActorGraph.Bolt;

/// <summary>Credentials for <see cref="GraphDatabase.Driver(string, IAuthToken, Action{ConfigBuilder}?)"/>.
/// Its string form never shows the secret.</summary>
public interface IAuthToken
{
    /// <summary>basic, none or bearer.</summary>
    string Scheme { get; }
}
