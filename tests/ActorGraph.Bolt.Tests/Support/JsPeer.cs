using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorGraph.Bolt.Tests.Support;

/// <summary>Runs js/peer.js (the official JavaScript driver's PackStream) with node. In CI (CI=true) a missing
/// node or npm package fails the test with the fix in its message, never a silent pass: CI installs both
/// with .ci/install.d/bolt.sh. On a developer machine without them the cross-check is skipped with the same message.</summary>
public static class JsPeer
{
    /// <summary>The js folder in the source tree (node_modules lives there, not in the build output).</summary>
    public static string Directory { get; } = FindDirectory();

    public static string Script => System.IO.Path.Combine(Directory, "peer.js");

    public static (List<string> Packed, List<JsonNode?> Unpacked) Run(IEnumerable<JsonNode?> pack, IEnumerable<string> unpack)
    {
        var request = new JsonObject { ["pack"] = new JsonArray([.. pack]), ["unpack"] = new JsonArray([.. unpack.Select(h => (JsonNode?)h)]) };
        var output = RunNode([Script], request.ToJsonString());
        var answer = JsonNode.Parse(output)!;
        return (answer["packed"]!.AsArray().Select(n => n!.GetValue<string>().ToUpperInvariant()).ToList(), answer["unpacked"]!.AsArray().ToList());
    }

    public static string RunNode(string[] args, string? stdin = null)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000)) { process.Kill(); throw new TimeoutException("node peer.js ran over 60 s."); }
        if (process.ExitCode != 0) throw new InvalidOperationException($"node peer.js failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }

    private static void EnsureInstalled()
    {
        try
        {
            CheckInstalled();
        }
        catch (InvalidOperationException e) when (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip.If(true, e.Message);
        }
    }

    private static void CheckInstalled()
    {
        var package = System.IO.Path.Combine(Directory, "node_modules", "neo4j-driver-bolt-connection", "package.json");
        if (!File.Exists(package))
            throw new InvalidOperationException($"The npm package neo4j-driver-bolt-connection is not installed in {Directory}: run .ci/install.d/bolt.sh (npm ci there).");
        try
        {
            using var p = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            p.WaitForExit(10_000);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("node is not on PATH: install Node.js (CI has it) to run the PackStream cross-check.", e);
        }
    }

    private static string FindDirectory()
    {
        var overridden = Environment.GetEnvironmentVariable("ACTORGRAPH_BOLT_PEER_DIR");
        if (!string.IsNullOrEmpty(overridden)) return overridden;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "ActorGraph.Bolt.Tests", "js");
            if (File.Exists(System.IO.Path.Combine(candidate, "peer.js"))) return candidate;
        }
        // The artifacts path may sit outside the repository: fall back to the source file's location.
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(SourceFile())!, "..", "js");
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
