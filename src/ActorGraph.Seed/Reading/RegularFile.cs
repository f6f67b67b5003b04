using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ActorGraph.Seed.Reading;

/// <summary>Opens a seed file for reading only when it is a regular file no larger than a limit. A FIFO,
/// device or socket dropped into a seed folder would otherwise block the reader for ever (opening a FIFO
/// waits for a writer) or feed it without end (<c>/dev/zero</c>).</summary>
/// <remarks>On Linux the file is opened with <c>O_NONBLOCK</c>, so that opening a FIFO returns at once, and
/// its type is then checked on the open descriptor with <c>statx(2)</c> (whose layout is the same on every
/// architecture), so a file swapped for a FIFO between listing and opening is caught too. Elsewhere .NET
/// opens it and a file that cannot seek (a pipe, a terminal) is refused.</remarks>
internal static partial class RegularFile
{
    private const int ORdOnly = 0, ONonBlock = 0x800, OCloExec = 0x80000;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1, StatxSize = 0x200;
    // struct statx: u32 mask, u32 blksize, u64 attributes, u32 nlink, u32 uid, u32 gid, u16 mode (offset 28); 256 bytes.
    private const int StatxModeOffset = 28, StatxLength = 256;

    /// <summary>Opens <paramref name="path"/>; throws <see cref="SeedFileException"/> (with a message for the
    /// user) when it is not a regular file or is larger than <paramref name="maxBytes"/>, and
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot be opened.</summary>
    public static FileStream Open(string path, long maxBytes)
    {
        var stream = OperatingSystem.IsLinux() ? OpenLinux(path) : OpenPortable(path);
        try
        {
            if (stream.Length > maxBytes)
            {
                throw new SeedFileException($"the file has {stream.Length:N0} bytes, more than the limit of {maxBytes:N0}; " +
                    "split it, or raise the limit (see docs/limits.md)");
            }
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static FileStream OpenPortable(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        if (stream.CanSeek) return stream;
        stream.Dispose();
        throw new SeedFileException("not a regular file (a pipe, socket or device); seed folders hold plain files only");
    }

    private static FileStream OpenLinux(string path)
    {
        var fd = NativeOpen(path, ORdOnly | ONonBlock | OCloExec);
        if (fd < 0) throw ErrnoException(Marshal.GetLastPInvokeError());
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            var status = new byte[StatxLength];
            if (NativeStatx(fd, "", AtEmptyPath, StatxType | StatxSize, status) != 0) throw ErrnoException(Marshal.GetLastPInvokeError());
            var type = BitConverter.ToUInt16(status, StatxModeOffset) & 0xF000;
            if (type != 0x8000) throw new SeedFileException($"{TypeName(type)}, not a regular file; seed folders hold plain files only");
            return new FileStream(handle, FileAccess.Read, 1);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static string TypeName(int type) => type switch
    {
        0x1000 => "a FIFO (named pipe)",
        0x2000 => "a character device",
        0x4000 => "a directory",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => "a special file",
    };

    private static IOException ErrnoException(int errno) => errno switch
    {
        40 => new SeedFileException("a symbolic link loop (the link leads back to itself); remove or fix the link"),
        6 => new SeedFileException("a socket or device without a reader, not a regular file; seed folders hold plain files only"),
        2 => new FileNotFoundException("the file vanished while the folder was read"),
        13 or 1 => new SeedFileException("permission denied; make the file readable"),
        _ => new IOException(Marshal.GetPInvokeErrorMessage(errno)),
    };

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int NativeOpen(string path, int flags);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int NativeStatx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
