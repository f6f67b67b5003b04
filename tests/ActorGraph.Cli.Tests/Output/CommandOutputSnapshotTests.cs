using ActorGraph.Cli.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace ActorGraph.Cli.Tests.Output;

/// <summary>What an analyst reads by default from every query command, on graph-seed and on a seed from
/// tests/seeds/, as snapshots (CI runs Snapshooter in strict mode, so a change of output is a reviewed change).</summary>
public sealed class CommandOutputSnapshotTests
{
    [Theory]
    [MemberData(nameof(OutputCases.Default), MemberType = typeof(OutputCases))]
    public async Task Default_output(string seed, string name, string[] args)
    {
        var folder = OutputCases.Seed(seed);
        var result = await CliRunner.RunAsync([.. args, "--seed", folder]);
        Assert.True(result.ExitCode == 0, result.Error);
        // validate names the folder it read; the snapshot must not depend on where the repository is.
        var text = result.Out.Replace(folder, "<" + seed + ">", StringComparison.Ordinal);
        Snapshot.Match(text, SnapshotNameExtension.Create(seed, name));
    }

    [Theory]
    [InlineData("graph-seed", "mediators", new[] { "mediators", "Hamas", "Israel" })]
    [InlineData("colombia-farc", "show", new[] { "show", "farc" })]
    public async Task Full_evidence_chain(string seed, string name, string[] args)
    {
        var result = await CliRunner.RunAsync([.. args, "-v", "--seed", OutputCases.Seed(seed)]);
        Assert.True(result.ExitCode == 0, result.Error);
        Snapshot.Match(result.Out, SnapshotNameExtension.Create(seed, name));
    }
}
