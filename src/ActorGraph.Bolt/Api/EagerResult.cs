namespace ActorGraph.Bolt;

/// <summary>What an executable query returns: every record (or mapped value), the summary and the keys.</summary>
public sealed record EagerResult<TResult>(TResult Result, IResultSummary Summary, string[] Keys);
