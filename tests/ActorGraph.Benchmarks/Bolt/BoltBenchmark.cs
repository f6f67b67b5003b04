using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ActorGraph.Bolt;
using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Messages;

namespace ActorGraph.Benchmarks.Bolt;

/// <summary>
/// Bolt decoding and encoding speed, beside the official JavaScript driver's PackStream on the same bytes:
/// 1. decode a 100k-row result of mixed columns (int, string, float, bool-or-null, date) from de-chunked RECORD
///    messages: ours (PackStream + record) and JS (Unpacker), records per second;
/// 2. the same rows through the whole driver: a loopback socket, chunk reassembly, IResultCursor.FetchAsync;
/// 3. encode UNWIND load batches (RUN with a $rows parameter of 10k maps): ours and JS (Packer), rows per second.
/// Run: dotnet run -c Release --project tests/ActorGraph.Benchmarks -- bolt [rows] [repeats]
/// (needs node and tests/ActorGraph.Bolt.Tests/js/node_modules: bash .ci/install.d/bolt.sh).
/// </summary>
public sealed class BoltBenchmark : IBenchmark
{
    public string Name => "bolt";

    public string Description => "Bolt: decode a 100k-row result and encode UNWIND batches, beside the JS driver's PackStream";

    public async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var peer = FindPeer();
        var dir = Directory.CreateTempSubdirectory("ag-bolt-bench").FullName;
        try
        {
            Console.WriteLine($"bolt benchmark: {rows:N0} rows, {repeats} repeats, median reported; {Environment.ProcessorCount} cores visible");

            var records = RecordBytes(rows, out var offsets);
            var recordsFile = Path.Combine(dir, "records.bin");
            await File.WriteAllBytesAsync(recordsFile, records);
            var ours = Median(repeats, () => DecodeRecords(records, offsets));
            var js = JsMedian(peer, "bench-decode", recordsFile, repeats, out var jsCount);
            if (jsCount != rows) throw new InvalidOperationException($"JS decoded {jsCount} records, expected {rows}.");
            Report("decode 100k mixed rows (PackStream+record)", rows, ours, js, "records/s");

            var driver = await Median(repeats, () => DriverRoundAsync(records, offsets.Count));
            Report("decode through the driver (socket, chunks, cursor)", rows, driver, null, "records/s");

            var batch = BatchBytes(10_000);
            var batchFile = Path.Combine(dir, "batch.bin");
            await File.WriteAllBytesAsync(batchFile, batch.Parameters);
            var encode = Median(repeats, () => EncodeBatch(batch.Rows));
            var jsEncode = JsMedian(peer, "bench-encode", batchFile, repeats, out var jsBytes);
            if (jsBytes != batch.Parameters.Length) throw new InvalidOperationException($"JS packed {jsBytes} bytes, we packed {batch.Parameters.Length}.");
            Report($"encode UNWIND batch of 10k maps ({batch.Parameters.Length / 1024} KiB)", 10_000, encode, jsEncode, "rows/s");
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Report(string what, int count, double seconds, double? jsSeconds, string unit)
    {
        var rate = count / seconds;
        var line = $"{what,-55} ours {rate,14:N0} {unit} ({seconds * 1000:F1} ms)";
        if (jsSeconds is { } j) line += $"   JS {count / j,14:N0} {unit} ({j * 1000:F1} ms)   ours/JS {j / seconds:F2}x";
        Console.WriteLine(line);
    }

    /// <summary>RECORD messages back to back (no chunk framing): [id, name, score, active, since].</summary>
    private static byte[] RecordBytes(int rows, out List<(int Offset, int Length)> offsets)
    {
        var w = new PackStreamWriter(rows * 40);
        offsets = new List<(int, int)>(rows);
        var random = new Random(7);
        for (var i = 0; i < rows; i++)
        {
            var start = w.Length;
            w.WriteStructHeader(1, 0x71);
            w.WriteListHeader(5);
            w.WriteInteger(i);
            w.WriteString("actor-" + i.ToString(CultureInfo.InvariantCulture));
            w.WriteFloat(random.NextDouble());
            if (i % 5 == 0) w.WriteNull(); else w.WriteBoolean(i % 2 == 0);
            w.WriteValue(new LocalDate(18_000 + i % 3000));
            offsets.Add((start, w.Length - start));
        }
        return w.ToArray();
    }

    private static double DecodeRecords(byte[] bytes, List<(int Offset, int Length)> offsets)
    {
        var reader = new PackStreamReader(bytes);
        long checksum = 0;
        var clock = Stopwatch.StartNew();
        foreach (var (offset, length) in offsets)
        {
            reader.Reset(bytes, offset, length);
            var record = (RecordMessage)ResponseReader.Read(reader);
            checksum += (long)record.Values[0]!;
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        GC.KeepAlive(checksum);
        return elapsed;
    }

    private static async Task<double> DriverRoundAsync(byte[] records, int rows)
    {
        await using var server = new BlastServer(records);
        await using var driver = GraphDatabase.Driver($"bolt://127.0.0.1:{server.Port}", AuthTokens.None);
        await using var session = driver.AsyncSession(o => o.WithFetchSize(-1));
        var clock = Stopwatch.StartNew();
        var cursor = await session.RunAsync("UNWIND range(1, $n) AS i RETURN i, 'actor-' + i, rand(), null, date()", new { n = rows });
        var count = 0;
        while (await cursor.FetchAsync()) count++;
        var elapsed = clock.Elapsed.TotalSeconds;
        if (count != rows) throw new InvalidOperationException($"The driver returned {count} of {rows} records.");
        return elapsed;
    }

    private static (List<Dictionary<string, object?>> Rows, byte[] Parameters) BatchBytes(int count)
    {
        var rows = Enumerable.Range(0, count).Select(i => new Dictionary<string, object?>
        {
            ["id"] = "actor-" + i.ToString(CultureInfo.InvariantCulture),
            ["name"] = "Actor number " + i.ToString(CultureInfo.InvariantCulture),
            ["kind"] = (i % 4) switch { 0 => "state", 1 => "armed_group", 2 => "organisation", _ => "person" },
            ["strength"] = (i % 100) / 100.0,
            ["year"] = 1990L + i % 35,
        }).ToList();
        var w = new PackStreamWriter();
        w.WriteMap(new Dictionary<string, object?> { ["rows"] = rows });
        return (rows, w.ToArray());
    }

    private static double EncodeBatch(List<Dictionary<string, object?>> rows)
    {
        var w = new PackStreamWriter(1 << 20);
        var message = new RunMessage("UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a += row", new Dictionary<string, object?> { ["rows"] = rows }, new Dictionary<string, object?>());
        var chunks = new ChunkWriter();
        var clock = Stopwatch.StartNew();
        message.Write(w);
        chunks.WriteMessage(w.Written);
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(int repeats, Func<double> run)
    {
        // Warm up for a while: tiered compilation promotes hot methods only after enough calls and a delay.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 3 || warm.Elapsed < TimeSpan.FromSeconds(2); i++) run();
        var times = Enumerable.Range(0, repeats).Select(_ => run()).Order().ToList();
        return times[times.Count / 2];
    }

    private static async Task<double> Median(int repeats, Func<Task<double>> run)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 3 || warm.Elapsed < TimeSpan.FromSeconds(2); i++) await run();
        var times = new List<double>();
        for (var i = 0; i < repeats; i++) times.Add(await run());
        times.Sort();
        return times[times.Count / 2];
    }

    private static double JsMedian(string peer, string mode, string file, int repeats, out long count)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { peer, mode, file, repeats.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"node {mode} failed");
        var json = JsonNode.Parse(output)!;
        count = json["count"]!.GetValue<long>();
        var times = json["seconds"]!.AsArray().Select(t => t!.GetValue<double>()).Order().ToList(); // peer.js warms up before these
        return times[times.Count / 2];
    }

    private static string FindPeer()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var peer = Path.Combine(dir.FullName, "tests", "ActorGraph.Bolt.Tests", "js", "peer.js");
            if (File.Exists(peer)) return peer;
        }
        throw new InvalidOperationException("Run from the repository: tests/ActorGraph.Bolt.Tests/js/peer.js was not found (and run bash .ci/install.d/bolt.sh).");
    }
}
