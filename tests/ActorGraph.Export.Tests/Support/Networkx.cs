using System.Diagnostics;
using System.Text.Json;
using ActorGraph.TestSupport;

namespace ActorGraph.Export.Tests.Support;

/// <summary>Reads a file with networkx (Debian python3-networkx, installed by .ci/install.d/networkx.sh)
/// and returns what networkx saw as JSON: every node and edge with its attributes.</summary>
internal static class Networkx
{
    private const string Python = "/usr/bin/python3";

    // networkx before 3.0 knows GEXF 1.1 and 1.2 only; 1.3 differs from 1.2 in namespace and in what
    // this reader does not use (dynamic attribute modes), so the script registers the 1.3 namespace.
    private const string Script = """
        import json, sys
        import networkx as nx
        from networkx.readwrite import gexf
        fmt, path = sys.argv[1], sys.argv[2]
        if fmt == "graphml":
            g = nx.read_graphml(path)
        else:
            if "1.3" not in gexf.GEXF.versions:
                gexf.GEXF.versions["1.3"] = {
                    "NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
                    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
                    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
            g = nx.read_gexf(path, version="1.3")
        edges = g.edges(data=True, keys=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
        print(json.dumps({
            "directed": g.is_directed(),
            "mode": g.graph.get("mode"),
            "nodes": {str(n): d for n, d in g.nodes(data=True)},
            "edges": [{"source": u, "target": v, "key": None if k is None else str(k), "data": d} for u, v, k, d in edges],
        }, default=str))
        """;

    /// <summary>Skips (locally) or fails (in CI) unless python3 with networkx is installed.</summary>
    public static void Require() =>
        RequiredTools.Require(File.Exists(Python) && Run("-c", "import networkx").ExitCode == 0,
            "networkx (python3-networkx)", "bash .ci/install.d/networkx.sh (or apt-get install python3-networkx)");

    /// <summary>What networkx reads from <paramref name="text"/> written as a <paramref name="format"/> (graphml or gexf) file.</summary>
    public static JsonElement Read(string format, string text)
    {
        Require();
        var path = Path.Combine(Path.GetTempPath(), "actorgraph-nx-" + Guid.NewGuid().ToString("N") + "." + format);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        try
        {
            var (code, stdout, stderr) = Run("-c", Script, format, path);
            Assert.True(code == 0, $"networkx could not read the {format} file:\n{stderr}");
            return JsonDocument.Parse(stdout).RootElement.Clone();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "", "python3 did not finish within 60 s");
            }
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, "", ex.Message);
        }
    }
}
