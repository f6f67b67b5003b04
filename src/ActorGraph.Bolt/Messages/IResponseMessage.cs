namespace ActorGraph.Bolt.Messages;

/// <summary>A message from the server: SUCCESS, RECORD, IGNORED or FAILURE [§5].</summary>
public interface IResponseMessage;
