using ActorGraph.Bolt.Protocol;
using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>Notification filters by version (HELLO for the driver, BEGIN/RUN for a session) and typed notifications
/// and GQL statuses in the summary.</summary>
public class NotificationTests
{
    [Theory]
    [InlineData(1, null, null)] // 5.1 cannot filter: nothing is sent
    [InlineData(2, "WARNING", "notifications_disabled_categories")]
    [InlineData(4, "WARNING", "notifications_disabled_categories")]
    [InlineData(5, "WARNING", "notifications_disabled_classifications")] // renamed from 5.5
    [InlineData(8, "WARNING", "notifications_disabled_classifications")]
    public async Task The_driver_filter_goes_in_hello_under_the_version_key(int minor, string? severity, string? categoriesKey)
    {
        IReadOnlyDictionary<string, object?>? hello = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            (hello, _) = await c.HelloAsync(5, minor);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri(), o => o.WithNotifications(Severity.Warning, Category.Hint, Category.Deprecation)))
            await driver.VerifyConnectivityAsync().Within();
        await server.VerifyAsync();
        Assert.NotNull(hello);
        Assert.Equal(severity, hello.GetValueOrDefault("notifications_minimum_severity"));
        foreach (var key in new[] { "notifications_disabled_categories", "notifications_disabled_classifications" })
            Assert.Equal(key == categoriesKey, hello.ContainsKey(key));
        if (categoriesKey is not null)
            Assert.True(ValueEquality.Equal(new List<object?> { "HINT", "DEPRECATION" }, hello[categoriesKey]));
    }

    [Fact]
    public async Task A_session_filter_goes_in_begin_and_disabling_sends_off()
    {
        IReadOnlyDictionary<string, object?>? begin = null, run = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 6);
            begin = (await c.ExpectAsync(MessageTag.Begin)).Map(0);
            await c.SuccessAsync();
            await c.ExpectAsync(MessageTag.Rollback);
            await c.SuccessAsync();
            (_, _, run) = await c.ExpectRunAsync();
            await c.RunSuccessAsync("n");
            await c.ExpectPullAsync();
            await c.SuccessAsync();
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using (var session = driver.AsyncSession(o => o.WithNotifications(Severity.Information, Category.Performance)))
                await (await session.BeginTransactionAsync().Within()).RollbackAsync().Within();
            await using (var quiet = driver.AsyncSession(o => o.WithNotificationsDisabled()))
                await (await quiet.RunAsync("RETURN 1 AS n").Within()).ConsumeAsync().Within();
        }
        await server.VerifyAsync();
        Assert.Equal("INFORMATION", begin!["notifications_minimum_severity"]);
        Assert.True(ValueEquality.Equal(new List<object?> { "PERFORMANCE" }, begin["notifications_disabled_classifications"]));
        Assert.Equal("OFF", run!["notifications_minimum_severity"]);
    }

    private static async Task<IResultSummary> SummaryAsync(int minor, IReadOnlyDictionary<string, object?> summary)
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, minor);
            await c.ExpectRunAsync();
            await c.RunSuccessAsync("n");
            await c.ExpectPullAsync();
            await c.SuccessAsync(summary);
            await c.ExpectCloseAsync();
        });
        IResultSummary result;
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            result = await (await session.RunAsync("MATCH (a), (b) RETURN 1 AS n").Within()).ConsumeAsync().Within();
        }
        await server.VerifyAsync();
        return result;
    }

    private static Dictionary<string, object?> Position => new() { ["offset"] = 6L, ["line"] = 1L, ["column"] = 7L };

    [Fact]
    public async Task Notifications_up_to_5_5_are_typed_and_give_derived_gql_statuses()
    {
        var summary = await SummaryAsync(4, new Dictionary<string, object?>
        {
            ["type"] = "r",
            ["notifications"] = new List<object?>
            {
                new Dictionary<string, object?>
                {
                    ["code"] = "Neo.ClientNotification.Statement.CartesianProduct", ["title"] = "Cartesian product",
                    ["description"] = "The query builds a cartesian product.", ["severity"] = "WARNING", ["category"] = "PERFORMANCE",
                    ["position"] = Position,
                },
            },
        });
        var note = Assert.Single(summary.Notifications);
        Assert.Equal("Neo.ClientNotification.Statement.CartesianProduct", note.Code);
        Assert.Equal(Severity.Warning, note.SeverityLevel);
        Assert.Equal(Category.Performance, note.Category);
        Assert.Equal(new InputPosition(6, 1, 7), note.Position);
        var status = Assert.Single(summary.GqlStatusObjects);
        Assert.Equal("01N42", status.GqlStatus);
        Assert.True(status.IsNotification);
    }

    [Fact]
    public async Task Statuses_from_5_6_are_typed_and_those_with_a_neo4j_code_are_notifications()
    {
        var summary = await SummaryAsync(6, new Dictionary<string, object?>
        {
            ["type"] = "r",
            ["statuses"] = new List<object?>
            {
                new Dictionary<string, object?>
                {
                    ["gql_status"] = "03N90", ["status_description"] = "info: cartesian product.",
                    ["neo4j_code"] = "Neo.ClientNotification.Statement.CartesianProduct", ["title"] = "Cartesian product",
                    ["description"] = "The query builds a cartesian product.",
                    ["diagnostic_record"] = new Dictionary<string, object?>
                    {
                        ["_severity"] = "INFORMATION", ["_classification"] = "PERFORMANCE", ["_position"] = Position,
                    },
                },
                new Dictionary<string, object?> { ["gql_status"] = "00000", ["status_description"] = "note: successful completion" },
            },
        });
        Assert.Equal(["03N90", "00000"], summary.GqlStatusObjects.Select(s => s.GqlStatus));
        Assert.Equal(Severity.Information, summary.GqlStatusObjects[0].Severity);
        Assert.Equal(Category.Performance, summary.GqlStatusObjects[0].Classification);
        Assert.False(summary.GqlStatusObjects[1].IsNotification);
        var note = Assert.Single(summary.Notifications);
        Assert.Equal("Cartesian product", note.Title);
        Assert.Equal(Severity.Information, note.SeverityLevel);
        Assert.Equal(new InputPosition(6, 1, 7), note.Position);
    }
}
