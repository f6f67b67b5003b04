using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Input;

/// <summary>Strips Markdown markup from a line: links keep their text, images and HTML tags go, emphasis
/// marks and heading marks are removed; bullets stay as "- ".</summary>
internal static partial class MarkdownText
{
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<t>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|`)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*[*+]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    public static string Line(string line)
    {
        line = Image().Replace(line, "");
        line = Link().Replace(line, "${t}");
        line = Heading().Replace(line, "");
        line = Bullet().Replace(line, "- ");
        line = Emphasis().Replace(line, "");
        return Tag().Replace(line, "");
    }
}
