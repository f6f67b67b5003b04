using ActorGraph.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Hosting.Tests;

public sealed class ReloadTests
{
    private const string GoodRelation = "{ id: r1, source: egypt, target: hamas,";
    private const string BadRelation = "{ id: r1, source: egypt, target: nobody-at-all,";
    private const string LastActor = "  - { id: lonely-island, name: Lonely Island, kind: territory }";

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(fragment, StringComparison.Ordinal)).i + 1;

    [Fact]
    public async Task A_bad_edit_keeps_the_last_good_graph_and_a_fix_brings_the_new_one()
    {
        await using var host = SeedHost.Create();
        await host.StartAsync();
        await host.WaitForAsync(s => s.IsReady, "the first load");
        var first = host.State.Current!;
        Assert.Equal(9, first.Data.Actors.Length);

        var good = await File.ReadAllTextAsync(host.WorldFile);
        var bad = good.Replace(GoodRelation, BadRelation, StringComparison.Ordinal);
        Assert.NotEqual(good, bad);
        await File.WriteAllTextAsync(host.WorldFile, bad);
        await host.WaitForAsync(s => s.LastReport is { Succeeded: false }, "the bad edit to be rejected");

        Assert.Same(first, host.State.Current);
        var errors = host.State.LastReport!.Errors;
        var line = LineOf(bad, BadRelation);
        Assert.Contains(errors, e => e.StartsWith($"{host.WorldFile}:{line}:", StringComparison.Ordinal) && e.Contains("nobody-at-all", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Error && l.Message.Contains($"world.yaml:{line}:", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("still serving the last good graph", StringComparison.Ordinal));

        var fixedText = good.Replace(LastActor, LastActor + "\n  - { id: jordan, name: Jordan, kind: state }", StringComparison.Ordinal);
        await File.WriteAllTextAsync(host.WorldFile, fixedText);
        await host.WaitForAsync(s => s.Current!.Version > first.Version, "the fixed seed to load");

        Assert.Equal(10, host.State.Current!.Data.Actors.Length);
        Assert.NotNull(host.State.Current.Data.FindActor("jordan"));
        Assert.True(host.State.LastReport!.Succeeded);
        Assert.True(host.State.PendingErrors.IsEmpty);
    }

    [Fact]
    public async Task An_invalid_seed_at_start_is_not_ready_and_recovers_without_a_restart()
    {
        await using var host = SeedHost.Create(text => text.Replace(GoodRelation, BadRelation, StringComparison.Ordinal));
        await host.StartAsync();
        await host.WaitForAsync(s => s.LastReport is not null, "the first attempt");

        Assert.False(host.State.IsReady);
        var health = host.Host.Services.GetRequiredService<HealthCheckService>();
        var report = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("nobody-at-all", report.Entries["graph"].Description, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("no graph has been loaded yet", StringComparison.Ordinal));

        var text = await File.ReadAllTextAsync(host.WorldFile);
        await File.WriteAllTextAsync(host.WorldFile, text.Replace(BadRelation, GoodRelation, StringComparison.Ordinal));
        await host.WaitForAsync(s => s.IsReady, "the fixed seed to load");

        report = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal(9, host.State.Current!.Data.Actors.Length);
    }

    [Fact]
    public async Task A_seed_folder_that_appears_after_the_start_is_loaded()
    {
        await using var host = SeedHost.Create();
        var away = host.Folder + "-away";
        Directory.Move(host.Folder, away);
        await host.StartAsync();
        await host.WaitForAsync(s => s.LastReport is { Succeeded: false }, "the missing folder to be reported");
        Assert.Contains(host.State.LastReport!.Errors, e => e.Contains("seed folder not found", StringComparison.Ordinal));

        Directory.Move(away, host.Folder);
        await host.WaitForAsync(s => s.IsReady, "the folder to be loaded once it exists");
        Assert.Equal(9, host.State.Current!.Data.Actors.Length);
    }

    [Fact]
    public async Task A_deleted_seed_file_keeps_the_last_good_graph()
    {
        await using var host = SeedHost.Create();
        await host.StartAsync();
        await host.WaitForAsync(s => s.IsReady, "the first load");
        var first = host.State.Current!;

        File.Delete(host.WorldFile);
        await host.WaitForAsync(s => s.LastReport is { Succeeded: false }, "the empty folder to be rejected");
        Assert.Same(first, host.State.Current);
        Assert.Contains(host.State.LastReport!.Errors, e => e.Contains("no seed files", StringComparison.Ordinal));
    }
}
