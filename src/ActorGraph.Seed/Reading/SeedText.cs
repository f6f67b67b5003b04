using ActorGraph.Seed.Records;

namespace ActorGraph.Seed.Reading;

/// <summary>Reads a whole seed file as text: a regular file only, bounded in bytes, strict UTF-8, every
/// line bounded in length. Problems come back with the place they were found.</summary>
internal static class SeedText
{
    /// <summary>The text, or null with the problem written to <paramref name="errors"/> (located when the
    /// problem has a place: an invalid byte, an over-long line).</summary>
    public static string? ReadAll(string path, string file, SeedFormat format, SeedLimits limits, SeedErrors errors)
    {
        var text = new System.Text.StringBuilder();
        try
        {
            using var reader = new StrictUtf8Reader(RegularFile.Open(path, limits.MaxBytes(format)), limits.MaxBytes(format));
            var chunk = new char[1 << 15];
            int n;
            while ((n = reader.Read(chunk, 0, chunk.Length)) > 0) text.Append(chunk, 0, n);
        }
        catch (SeedFileException e) when (e.ByteOffset >= 0)
        {
            errors.Add(file, EndOf(text), e.Message);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.AddForFile(file, "cannot read the file: " + e.Message);
            return null;
        }
        var result = text.ToString();
        if (LongLine(result, limits.MaxLineCharacters) is { } line)
        {
            errors.Add(file, new Location(line, limits.MaxLineCharacters + 1),
                $"line longer than {limits.MaxLineCharacters:N0} characters; break it up, or raise the limit (see docs/limits.md)");
            return null;
        }
        return result;
    }

    /// <summary>The position just after <paramref name="text"/> (where the next character would be).</summary>
    private static Location EndOf(System.Text.StringBuilder text)
    {
        int line = 1, column = 1;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n') { line++; column = 1; }
                else column++;
            }
        }
        return new Location(line, column);
    }

    /// <summary>The first line longer than <paramref name="max"/> characters, or null.</summary>
    private static int? LongLine(string text, int max)
    {
        var line = 1;
        var span = text.AsSpan();
        while (true)
        {
            var end = span.IndexOf('\n');
            if ((end < 0 ? span.Length : end) > max) return line;
            if (end < 0) return null;
            span = span[(end + 1)..];
            line++;
        }
    }
}
