using System.Text;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading.Input;

/// <summary>Opens a report (plain text, Markdown or HTML; a file or a stream) and yields its paragraphs one
/// at a time, so a large text file is never held whole. Checks size, binary content and language first.</summary>
internal sealed class ReportInput
{
    private const int SniffBytes = 8192;
    private const int LongLine = 200;

    private ReportInput(ReportInfo info, IEnumerable<Paragraph> paragraphs)
    {
        Info = info;
        Paragraphs = paragraphs;
    }

    public ReportInfo Info { get; }
    public IEnumerable<Paragraph> Paragraphs { get; }

    public static ReportInput Open(Stream stream, string path, ReadingOptions options)
    {
        var sniff = new byte[SniffBytes];
        var read = 0;
        while (read < SniffBytes && stream.Read(sniff, read, SniffBytes - read) is var n && n > 0) read += n;
        if (read == 0) throw new ReadingException(ReadingError.Empty, path, "the report is empty");
        CheckText(sniff.AsSpan(0, read), path);
        var whole = new ConcatStream(sniff.AsMemory(0, read), stream, options.MaxBytes, path);
        var reader = new StreamReader(whole, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var start = Encoding.UTF8.GetString(sniff, 0, read);
        var header = new ReportHeader();
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".html" or ".htm" || (extension is not (".md" or ".txt") && HtmlText.LooksLikeHtml(start)))
        {
            var html = reader.ReadToEnd();
            var text = HtmlText.ToText(html, header);
            return Build(path, options, header, ParagraphsFrom(new LineSource(new StringReader(text)), 0, markdown: false, options, path, reader));
        }
        var markdown = extension is ".md" or ".markdown";
        // The header lines come first; read them before the metadata is fixed.
        var lines = new LineSource(reader);
        var lineNumber = 0;
        while (lines.Peek() is { } line && (line.StartsWith('#') && header.TryRead(line) || (lineNumber == 0 && line.Length == 0)))
        {
            lines.Next();
            lineNumber++;
        }
        if (markdown && lines.Peek() is { } heading && heading.StartsWith("# ", StringComparison.Ordinal))
        {
            header.Title ??= heading[2..].Trim();
            lines.Next();
            lineNumber++;
        }
        if (header.Date is null && Dateline.Find(lines, lineNumber) is { } dateline) (header.Date, header.DateFrom) = (dateline.Date, dateline.From);
        return Build(path, options, header, ParagraphsFrom(lines, lineNumber, markdown, options, path, reader));
    }

    private static ReportInput Build(string path, ReadingOptions options, ReportHeader header, IEnumerable<Paragraph> paragraphs)
    {
        var sourceId = options.SourceId ?? SourceIdOf(path, options.Title ?? header.Title);
        var info = new ReportInfo(sourceId, path, options.Title ?? header.Title, options.Date ?? header.Date, options.Publisher ?? header.Publisher, options.Url ?? header.Url)
        {
            DateFrom = options.Date is not null ? "the date option" : header.DateFrom,
        };
        return new ReportInput(info, WithLanguageCheck(paragraphs, path));
    }

    /// <summary>A source id from the file name (or the title for standard input): no spaces, no '~'.</summary>
    public static string SourceIdOf(string path, string? title)
    {
        var name = path == "-" ? title ?? "stdin-report" : Path.GetFileNameWithoutExtension(path);
        var id = Recognition.DocumentActors.IdOf(name);
        return id.Length > 60 ? id[..60].TrimEnd('-') : id;
    }

    private static void CheckText(ReadOnlySpan<byte> bytes, string path)
    {
        var control = 0;
        foreach (var b in bytes)
        {
            if (b == 0) throw new ReadingException(ReadingError.Binary, path, "the file is binary (it contains NUL bytes), not a text, Markdown or HTML report");
            if (b < 32 && b is not (9 or 10 or 13 or 12)) control++;
        }
        if (control > bytes.Length / 10) throw new ReadingException(ReadingError.Binary, path, "the file is binary (too many control characters), not a text report");
    }

    private static IEnumerable<Paragraph> WithLanguageCheck(IEnumerable<Paragraph> paragraphs, string path)
    {
        var buffered = new List<Paragraph>();
        var sample = new StringBuilder();
        var checkedLanguage = false;
        foreach (var p in paragraphs)
        {
            if (checkedLanguage) { yield return p; continue; }
            buffered.Add(p);
            sample.Append(p.Text).Append('\n');
            if (sample.Length < 3000) continue;
            Check(sample.ToString(), path);
            checkedLanguage = true;
            foreach (var b in buffered) yield return b;
        }
        if (checkedLanguage) yield break;
        Check(sample.ToString(), path);
        foreach (var b in buffered) yield return b;
    }

    private static void Check(string sample, string path)
    {
        if (LanguageCheck.NotEnglish(sample) is { } language)
            throw new ReadingException(ReadingError.UnsupportedLanguage, path, $"the text looks like {language}; the reader's rules read English only, so nothing was proposed");
    }

    private static IEnumerable<Paragraph> ParagraphsFrom(LineSource lines, int lineNumber, bool markdown, ReadingOptions options, string path, IDisposable owner)
    {
        using var _ = owner;
        var current = new StringBuilder();
        var number = 0;
        var startLine = 0;
        var lastLineLength = 0;
        while (lines.Next() is { } raw)
        {
            lineNumber++;
            var line = (markdown ? MarkdownText.Line(raw) : raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                if (current.Length > 0) { yield return new Paragraph(++number, current.ToString(), startLine); current.Clear(); }
                continue;
            }
            // A line of 200 characters or more is a paragraph of its own: nobody hard-wraps that wide, and
            // many reports put one paragraph per line with no blank line between.
            if (current.Length > 0 && (line.Length >= LongLine || lastLineLength >= LongLine))
            {
                yield return new Paragraph(++number, current.ToString(), startLine);
                current.Clear();
            }
            lastLineLength = line.Length;
            if (current.Length == 0) startLine = lineNumber;
            else current.Append('\n');
            current.Append(line.Trim());
            if (current.Length > options.MaxParagraphChars)
                throw new ReadingException(ReadingError.ParagraphTooLong, path,
                    $"paragraph {number + 1} is longer than {options.MaxParagraphChars:N0} characters (no blank line); split the text into paragraphs", startLine);
        }
        if (current.Length > 0) yield return new Paragraph(++number, current.ToString(), startLine);
    }
}
