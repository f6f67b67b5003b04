using ActorGraph.Bolt.Messages;
using ActorGraph.Bolt.Tests.Support;

namespace ActorGraph.Bolt.Tests.Connection;

public class HandshakeAndErrorTests
{
    private static readonly ServerAddress Here = new("localhost", 7687);

    [Fact]
    public void Offers_the_manifest_then_5_8_down_to_5_0_and_4_4() =>
        Assert.Equal(Hex.Parse("60 60 B0 17 00 00 01 FF 00 08 08 05 00 00 04 04 00 00 00 00"), Handshake.Request.ToArray());

    [Theory]
    [InlineData("00 00 08 05", 5, 8)]
    [InlineData("00 00 00 05", 5, 0)]
    [InlineData("00 00 04 04", 4, 4)]
    public void Accepts_offered_versions(string reply, int major, int minor) =>
        Assert.Equal(new BoltVersion(major, minor), Handshake.Interpret(Hex.Parse(reply), Here));

    [Fact]
    public void No_common_version_and_http_port_are_explained()
    {
        Assert.Contains("none of the Bolt versions", Assert.Throws<ServiceUnavailableException>(() => Handshake.Interpret(Hex.Parse("00 00 00 00"), Here)).Message, StringComparison.Ordinal);
        Assert.Contains("HTTP port", Assert.Throws<ServiceUnavailableException>(() => Handshake.Interpret("HTTP"u8, Here)).Message, StringComparison.Ordinal);
        Assert.Throws<ProtocolException>(() => Handshake.Interpret(Hex.Parse("00 00 00 06"), Here));
        Assert.Throws<ProtocolException>(() => Handshake.Interpret(Hex.Parse("00 00 03 04"), Here));
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(ClientException), false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(AuthenticationException), false)]
    [InlineData("Neo.ClientError.Security.AuthorizationExpired", typeof(AuthorizationException), true)]
    [InlineData("Neo.ClientError.Security.TokenExpired", typeof(TokenExpiredException), false)]
    [InlineData("Neo.ClientError.Database.DatabaseNotFound", typeof(FatalDiscoveryException), false)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(TransientException), true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(ClientException), false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", typeof(ClientException), false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(DatabaseException), false)]
    public void Failures_map_to_typed_exceptions(string code, Type type, bool retriable)
    {
        var e = ErrorMapper.FromFailure(new FailureMessage(new Dictionary<string, object?> { ["code"] = code, ["message"] = "m" }));
        Assert.IsType(type, e);
        Assert.Equal(code, e.Code);
        Assert.Equal("m", e.Message);
        Assert.Equal(retriable, e.IsRetriable);
    }

    [Fact]
    public void Bolt_5_7_gql_fields_and_cause_are_read()
    {
        var metadata = new Dictionary<string, object?>
        {
            ["neo4j_code"] = "Neo.ClientError.Statement.SyntaxError",
            ["message"] = "Invalid input",
            ["gql_status"] = "42001",
            ["description"] = "error: syntax error or access rule violation - invalid syntax",
            ["diagnostic_record"] = new Dictionary<string, object?> { ["_classification"] = "CLIENT_ERROR", ["OPERATION"] = "" },
            ["cause"] = new Dictionary<string, object?>
            {
                ["message"] = "inner", ["gql_status"] = "42I06", ["description"] = "d",
                ["diagnostic_record"] = new Dictionary<string, object?> { ["_classification"] = "SOMETHING_NEW" },
            },
        };
        var e = Assert.IsType<ClientException>(ErrorMapper.FromMetadata(metadata));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Equal("42001", e.GqlStatus);
        Assert.Equal("error: syntax error or access rule violation - invalid syntax", e.Description);
        Assert.Equal("CLIENT_ERROR", e.Classification);
        Assert.Equal("/", e.DiagnosticRecord["CURRENT_SCHEMA"]);
        Assert.Equal("0", e.DiagnosticRecord["OPERATION_CODE"]);
        var inner = Assert.IsAssignableFrom<Neo4jException>(e.InnerException);
        Assert.Equal("42I06", inner.GqlStatus);
        Assert.Equal("UNKNOWN", inner.Classification);
    }

    [Theory]
    [InlineData("bolt://h", false, "None", "h:7687")]
    [InlineData("bolt+s://h:1234", false, "Verify", "h:1234")]
    [InlineData("bolt+ssc://h", false, "TrustAny", "h:7687")]
    [InlineData("neo4j://h", true, "None", "h:7687")]
    [InlineData("neo4j+s://h", true, "Verify", "h:7687")]
    [InlineData("neo4j+ssc://h:9", true, "TrustAny", "h:9")]
    public void Uri_schemes(string uri, bool routing, string tls, string address)
    {
        var parsed = BoltUri.Parse(new Uri(uri));
        Assert.Equal(routing, parsed.Routing);
        Assert.Equal(tls, parsed.Tls.ToString());
        Assert.Equal(address, parsed.Address.ToString());
        Assert.Equal(address, parsed.RoutingContext["address"]);
    }

    [Fact]
    public void Routing_context_takes_the_query_parameters_and_bad_uris_are_explained()
    {
        var parsed = BoltUri.Parse(new Uri("neo4j://h:1?region=eu&policy=fast"));
        Assert.Equal("eu", parsed.RoutingContext["region"]);
        Assert.Equal("fast", parsed.RoutingContext["policy"]);
        Assert.Contains("http", Assert.Throws<ArgumentException>(() => BoltUri.Parse(new Uri("http://h"))).Message, StringComparison.Ordinal);
        Assert.Contains("auth token", Assert.Throws<ArgumentException>(() => BoltUri.Parse(new Uri("bolt://u:p@h"))).Message, StringComparison.Ordinal);
    }
}
