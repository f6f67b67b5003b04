using ActorGraph.Hosting.Options;
using ActorGraph.Hosting.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorGraph.Hosting.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("ActorGraph:Seed:ReloadDebounceMilliseconds", "-5", "ReloadDebounceMilliseconds must be between 0 and 60000")]
    [InlineData("ActorGraph:Seed:Folder", "", "ActorGraph:Seed:Folder is required")]
    [InlineData("ActorGraph:Limits:MaxPaths", "500", "MaxPaths must be between 1 and 50")]
    [InlineData("ActorGraph:Limits:MaxHops", "0", "MaxHops must be between 1 and 10")]
    [InlineData("ActorGraph:Neo4j:Uri", "http://example.org", "is not a Neo4j address")]
    public async Task Invalid_settings_stop_the_start_with_a_message_naming_the_setting(string key, string value, string message)
    {
        await using var host = SeedHost.Create(settings: new Dictionary<string, string?> { [key] = value });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(error.Failures, f => f.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_neo4j_uri_without_a_password_names_the_environment_variable()
    {
        if (Environment.GetEnvironmentVariable(Neo4jOptions.PasswordVariable) is not null) return;
        await using var host = SeedHost.Create(settings: new Dictionary<string, string?> { ["ActorGraph:Neo4j:Uri"] = "bolt://127.0.0.1:7687" });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(error.Failures, f => f.Contains(Neo4jOptions.PasswordVariable, StringComparison.Ordinal));
    }

    [Fact]
    public void Neo4j_options_describe_themselves_without_the_password()
    {
        var options = new Neo4jOptions { Uri = "bolt://db:7687", User = "reader", Password = "hunter2" };
        Assert.Equal("bolt://db:7687 (user reader, database neo4j)", options.ToString());
    }
}
