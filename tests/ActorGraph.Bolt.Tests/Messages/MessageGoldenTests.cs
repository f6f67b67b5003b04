using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Messages;
using ActorGraph.Bolt.Tests.Support;

namespace ActorGraph.Bolt.Tests.Messages;

/// <summary>Golden bytes of every request and response [PROTOCOL-FACTS §5].</summary>
public class MessageGoldenTests
{
    private static string Pack(IRequestMessage message)
    {
        var w = new PackStreamWriter();
        message.Write(w);
        return Hex.Format(w.Written);
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    public static TheoryData<string, IRequestMessage> Requests() => new()
    {
        { "B1 3F A1 81 6E C9 03 E8", new PullMessage(1000) },
        { "B1 3F A1 81 6E FF", new PullMessage(-1) },
        { "B1 3F A2 81 6E 0A 83 71 69 64 02", new PullMessage(10, qid: 2) },
        { "B1 2F A1 81 6E FF", new PullMessage(-1, discard: true) },
        { "B3 10 8D 52 45 54 55 52 4E 20 31 20 41 53 20 6E A0 A0", new RunMessage("RETURN 1 AS n", Map(), Map()) },
        { "B3 10 89 52 45 54 55 52 4E 20 24 78 A1 81 78 01 A1 84 6D 6F 64 65 81 72",
            new RunMessage("RETURN $x", Map(("x", 1L)), Map(("mode", "r"))) },
        { "B1 11 A2 82 64 62 86 6D 6F 76 69 65 73 84 6D 6F 64 65 81 72", new BeginMessage(Map(("db", "movies"), ("mode", "r"))) },
        { "B0 0F", ResetMessage.Instance },
        { "B0 02", GoodbyeMessage.Instance },
        { "B0 12", CommitMessage.Instance },
        { "B0 13", RollbackMessage.Instance },
        { "B0 6B", LogoffMessage.Instance },
        { "B1 54 02", new TelemetryMessage(TelemetryMessage.AutoCommit) },
        { "B1 01 A1 8A 75 73 65 72 5F 61 67 65 6E 74 83 61 2F 31", new HelloMessage(Map(("user_agent", "a/1"))) },
        { "B1 6A A3 86 73 63 68 65 6D 65 85 62 61 73 69 63 89 70 72 69 6E 63 69 70 61 6C 81 75 8B 63 72 65 64 65 6E 74 69 61 6C 73 81 70",
            new LogonMessage(Map(("scheme", "basic"), ("principal", "u"), ("credentials", "p"))) },
        { "B3 66 A1 87 61 64 64 72 65 73 73 83 68 3A 31 90 A0", new RouteMessage(Map(("address", "h:1")), [], null) },
        { "B3 66 A1 87 61 64 64 72 65 73 73 83 68 3A 31 91 82 62 31 A1 82 64 62 81 64",
            new RouteMessage(Map(("address", "h:1")), ["b1"], "d") },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Requests_pack_to_golden_bytes(string hex, IRequestMessage message) =>
        Assert.Equal(hex.Replace(" ", "", StringComparison.Ordinal), Pack(message));

    [Fact]
    public void Credentials_never_appear_in_the_string_form()
    {
        var logon = new LogonMessage(Map(("scheme", "basic"), ("principal", "u"), ("credentials", "s3cret")));
        var hello = new HelloMessage(Map(("user_agent", "a"), ("credentials", "s3cret")));
        Assert.DoesNotContain("s3cret", logon.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", hello.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", AuthTokens.Basic("u", "s3cret").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", AuthTokens.Bearer("s3cret").ToString(), StringComparison.Ordinal);
    }

    private static IResponseMessage Read(string hex) => ResponseReader.Read(new PackStreamReader(Hex.Parse(hex)));

    [Fact]
    public void Success_decodes_its_metadata()
    {
        var s = Assert.IsType<SuccessMessage>(Read("B1 70 A1 86 66 69 65 6C 64 73 91 81 6E"));
        Assert.True(ValueEquality.Equal(new List<object?> { "n" }, s["fields"]));
    }

    [Fact]
    public void Record_decodes_its_values()
    {
        var r = Assert.IsType<RecordMessage>(Read("B1 71 93 01 81 61 C0"));
        Assert.Equal([1L, "a", null], r.Values);
    }

    [Fact]
    public void Ignored_and_failure()
    {
        Assert.IsType<IgnoredMessage>(Read("B0 7E"));
        var f = Assert.IsType<FailureMessage>(Read("B1 7F A2 84 63 6F 64 65 81 58 87 6D 65 73 73 61 67 65 81 59"));
        Assert.Equal("X", f.Metadata["code"]);
    }

    [Theory]
    [InlineData("B1 72 A0")]
    [InlineData("B2 70 A0 A0")]
    [InlineData("B1 70 A0 00")]
    [InlineData("91 01")]
    public void Unknown_or_malformed_responses_are_protocol_errors(string hex) => Assert.Throws<ProtocolException>(() => Read(hex));
}
