using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Input;

/// <summary>Turns an HTML page into paragraphs of plain text: scripts, styles, navigation, headers,
/// footers, asides and forms are dropped; block elements end paragraphs; entities are decoded. The title,
/// date, publisher and canonical address come from the head.</summary>
internal static partial class HtmlText
{
    [GeneratedRegex(@"<(script|style|nav|header|footer|aside|form|noscript|svg|template|iframe|button|select)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"</?(p|div|section|article|main|li|ul|ol|h[1-6]|tr|table|blockquote|figure|figcaption|dd|dt|pre)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Block();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<title[^>]*>(?<t>.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();

    [GeneratedRegex(@"<meta\s+[^>]*(?:name|property)\s*=\s*[""'](?<n>[^""']+)[""'][^>]*content\s*=\s*[""'](?<c>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex Meta();

    [GeneratedRegex(@"<link\s+[^>]*rel\s*=\s*[""']canonical[""'][^>]*href\s*=\s*[""'](?<h>[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex Canonical();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();

    public static bool LooksLikeHtml(string start) =>
        start.TrimStart().StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.Contains("<html", StringComparison.OrdinalIgnoreCase)
        || start.Contains("<body", StringComparison.OrdinalIgnoreCase);

    public static string ToText(string html, ReportHeader header)
    {
        header.Title ??= TitleTag().Match(html) is { Success: true } t ? Clean(t.Groups["t"].Value) : null;
        foreach (Match m in Meta().Matches(html))
        {
            var name = m.Groups["n"].Value.ToLowerInvariant();
            var content = WebUtility.HtmlDecode(m.Groups["c"].Value).Trim();
            if (name is "og:title") header.Title ??= content;
            else if (name is "article:published_time" or "date" or "dc.date" or "pubdate") { header.Date ??= ReportHeader.ParseDate(content); if (header.Date is not null) header.DateFrom ??= "the HTML head"; }
            else if (name is "og:site_name" or "publisher" or "dc.publisher") header.Publisher ??= content;
            else if (name is "og:url") header.Url ??= content;
        }
        if (Canonical().Match(html) is { Success: true } c) header.Url ??= c.Groups["h"].Value;

        var body = Comment().Replace(html, " ");
        body = Dropped().Replace(body, "\n\n");
        body = TitleTag().Replace(body, " ");
        body = Block().Replace(body, "\n\n");
        body = Break().Replace(body, "\n");
        body = Tag().Replace(body, " ");
        body = WebUtility.HtmlDecode(body);
        var sb = new StringBuilder(body.Length);
        foreach (var line in body.Split('\n'))
        {
            sb.Append(Spaces().Replace(line, " ").Trim()).Append('\n');
        }
        return sb.ToString();
    }

    private static string Clean(string text) => Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(text, " ")), " ").Trim();
}
