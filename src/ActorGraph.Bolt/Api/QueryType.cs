namespace ActorGraph.Bolt;

public enum QueryType
{
    Unknown,
    ReadOnly,
    ReadWrite,
    WriteOnly,
    SchemaWrite,
}
