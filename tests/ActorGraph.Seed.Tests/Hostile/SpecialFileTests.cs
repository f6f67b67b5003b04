using System.Diagnostics;
using System.Net.Sockets;
using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests.Hostile;

/// <summary>Only regular files are read: a FIFO, socket, device or symbolic-link loop in a seed folder is a
/// located error, never a blocked reader (a FIFO used to block <c>validate</c> for ever, issue 17).</summary>
public sealed class SpecialFileTests
{
    [Fact]
    public void A_fifo_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows()) return;
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base);
        Run("mkfifo", Path.Combine(seed.Path, "relations.yaml"));
        var error = Assert.Single(LoadWithinAMinute(seed).Errors);
        Assert.Equal("relations.yaml: cannot read the file: a FIFO (named pipe), not a regular file; seed folders hold plain files only", error.ToString());
    }

    [Fact]
    public void A_fifo_named_as_csv_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows()) return;
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base);
        Run("mkfifo", Path.Combine(seed.Path, "relations.csv"));
        var error = Assert.Single(LoadWithinAMinute(seed).Errors);
        Assert.Contains("a FIFO (named pipe), not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_socket_is_refused()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(seed.Path, "sock.yaml")));
        socket.Listen();
        var error = Assert.Single(LoadWithinAMinute(seed).Errors);
        Assert.StartsWith("sock.yaml: cannot read the file: a socket", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_device_is_refused()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base);
        File.CreateSymbolicLink(Path.Combine(seed.Path, "zero.yaml"), "/dev/zero");
        var error = Assert.Single(LoadWithinAMinute(seed).Errors);
        Assert.Equal("zero.yaml: cannot read the file: a character device, not a regular file; seed folders hold plain files only", error.ToString());
    }

    [Fact]
    public void A_symbolic_link_loop_is_a_located_error()
    {
        if (OperatingSystem.IsWindows()) return;
        using var seed = new TempSeed().With("actors.yaml", TempSeed.Base);
        File.CreateSymbolicLink(Path.Combine(seed.Path, "a.yaml"), Path.Combine(seed.Path, "b.yaml"));
        File.CreateSymbolicLink(Path.Combine(seed.Path, "b.yaml"), Path.Combine(seed.Path, "a.yaml"));
        var errors = LoadWithinAMinute(seed).Errors;
        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.Contains("symbolic link loop", e.Message, StringComparison.Ordinal));
        Assert.Equal(["a.yaml", "b.yaml"], errors.Select(e => e.File));
    }

    [Fact]
    public void A_symbolic_link_to_a_regular_file_is_read()
    {
        if (OperatingSystem.IsWindows()) return;
        using var shared = new TempSeed().With("shared.yaml", TempSeed.Base);
        using var seed = new TempSeed();
        File.CreateSymbolicLink(Path.Combine(seed.Path, "actors.yaml"), Path.Combine(shared.Path, "shared.yaml"));
        var result = LoadWithinAMinute(seed);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(4, result.Graph!.Actors.Length);
    }

    private static SeedLoadResult LoadWithinAMinute(TempSeed seed)
    {
        var load = Task.Run(seed.Load);
        Assert.True(load.Wait(TimeSpan.FromSeconds(60)), "loading the folder blocked");
        return load.Result;
    }

    private static void Run(string program, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo(program, [argument]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
