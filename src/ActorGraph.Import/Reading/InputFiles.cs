using System.IO.Compression;
using System.Text;
using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import.Reading;

/// <summary>Opens an input file as text, whatever it is: plain, gzip or zip (every file entry in turn).
/// The format is recognised by its first bytes, not its extension. Bytes are read and decompressed
/// ahead on a second thread (<see cref="ReadAheadStream"/>).</summary>
public static class InputFiles
{
    private const int BufferSize = 1 << 16;

    /// <summary>The text parts of <paramref name="path"/>, opened lazily one at a time; each must be disposed.</summary>
    /// <exception cref="ImportFailedException">The file does not exist or cannot be read.</exception>
    public static IEnumerable<InputPart> Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new ImportFailedException($"{path}: no such file");
        var kind = Sniff(path);
        if (kind == Kind.Zip) return OpenZip(path);
        return [OpenSingle(path, kind)];
    }

    private enum Kind { Plain, Gzip, Zip }

    private static Kind Sniff(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        try
        {
            using var probe = File.OpenRead(path);
            var n = probe.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
            if (n >= 2 && magic[0] == 0x1F && magic[1] == 0x8B) return Kind.Gzip;
            if (n >= 4 && magic[0] == 0x50 && magic[1] == 0x4B && magic[2] == 0x03 && magic[3] == 0x04) return Kind.Zip;
            return Kind.Plain;
        }
        catch (IOException ex)
        {
            throw new ImportFailedException($"{path}: cannot be read: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ImportFailedException($"{path}: cannot be read: {ex.Message}", ex);
        }
    }

    private static InputPart OpenSingle(string path, Kind kind)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        Stream stream = kind == Kind.Gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new InputPart(path, new StreamReader(new ReadAheadStream(stream), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize), file.Length);
    }

    private static IEnumerable<InputPart> OpenZip(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var any = false;
        foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (entry.FullName.EndsWith('/')) continue;
            any = true;
            using var part = new InputPart(
                $"{path}!{entry.FullName}",
                new StreamReader(new ReadAheadStream(entry.Open()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize),
                entry.CompressedLength);
            yield return part;
        }
        if (!any) throw new ImportFailedException($"{path}: the zip archive holds no file");
    }
}
