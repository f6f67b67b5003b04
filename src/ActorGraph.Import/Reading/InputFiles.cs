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
    public static IEnumerable<InputPart> Open(string path) => Open(path, InputLimits.Default);

    /// <summary>The text parts of <paramref name="path"/>, with decompressed size and line length bounded by <paramref name="limits"/>.</summary>
    /// <exception cref="ImportFailedException">The file does not exist or cannot be read.</exception>
    public static IEnumerable<InputPart> Open(string path, InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(limits);
        if (Directory.Exists(path)) throw new ImportFailedException($"{path}: is a folder; give the event files inside it");
        if (!File.Exists(path)) throw new ImportFailedException($"{path}: no such file");
        var kind = Sniff(path);
        if (kind == Kind.Zip) return OpenZip(path, limits);
        return [OpenSingle(path, kind, limits)];
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

    private static InputPart OpenSingle(string path, Kind kind, InputLimits limits)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        Stream stream = kind == Kind.Gzip
            ? new DecompressedStream(new GZipStream(file, CompressionMode.Decompress), path, limits.MaxDecompressedBytes, () => DecompressedStream.TrailerSize(path))
            : file;
        return new InputPart(path, Text(stream), file.Length) { MaxLineChars = limits.MaxLineChars };
    }

    private static StreamReader Text(Stream stream) =>
        new(new ReadAheadStream(stream), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize);

    private static IEnumerable<InputPart> OpenZip(string path, InputLimits limits)
    {
        using var archive = ZipFile.OpenRead(path);
        var any = false;
        foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            // Folders, and the resource forks a Mac adds to archives (__MACOSX/, ._name), are not data.
            if (entry.FullName.EndsWith('/') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal) || entry.Name.StartsWith("._", StringComparison.Ordinal)) continue;
            any = true;
            var name = $"{path}!{entry.FullName}";
            using var part = new InputPart(name, Text(new DecompressedStream(entry.Open(), name, limits.MaxDecompressedBytes, null)), entry.CompressedLength)
            {
                MaxLineChars = limits.MaxLineChars,
            };
            yield return part;
        }
        if (!any) throw new ImportFailedException($"{path}: the zip archive holds no file");
    }
}
