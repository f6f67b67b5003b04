using System.Globalization;

namespace ActorGraph.TestSupport;

/// <summary>What the kernel knows of a loopback TCP connection, for tests that must wait until a close has reached the
/// other end (a sleep would only guess how long the FIN takes on a busy machine).</summary>
public static class LoopbackTcp
{
    private const string Established = "01";

    /// <summary>Waits until the socket whose local port is <paramref name="localPort"/> is no longer ESTABLISHED: its
    /// peer's FIN or RST has arrived (CLOSE_WAIT, or gone). Reads /proc/net/tcp and tcp6, so Linux only; elsewhere it
    /// returns at once. Throws <see cref="TimeoutException"/> after <paramref name="timeout"/> (default 30 s).</summary>
    public static async Task WaitUntilClosedByPeerAsync(int localPort, TimeSpan? timeout = null)
    {
        if (!OperatingSystem.IsLinux()) return;
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (IsEstablished(localPort))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"the connection on local port {localPort} was still established after {timeout ?? TimeSpan.FromSeconds(30)}");
            await Task.Delay(10);
        }
    }

    /// <summary>Whether a TCP socket with this local port is ESTABLISHED (Linux /proc/net/tcp and tcp6).</summary>
    public static bool IsEstablished(int localPort)
    {
        var port = localPort.ToString("X4", CultureInfo.InvariantCulture);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            // "  sl  local_address rem_address   st ...": local_address is HEXIP:HEXPORT, st the state in hex.
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 3 && fields[1].EndsWith(":" + port, StringComparison.Ordinal) && fields[3] == Established)
                    return true;
            }
        }
        return false;
    }
}
