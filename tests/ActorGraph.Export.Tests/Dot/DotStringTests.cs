using System.Text;
using ActorGraph.Export.Dot;
using ActorGraph.Export.Text;
using CsCheck;

namespace ActorGraph.Export.Tests.Dot;

public class DotStringTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("ends with \\", "\"ends with \\\\\"")]
    [InlineData("a\nb", "\"a\\nb\"")]
    [InlineData("a\r\nb", "\"a\\nb\"")]
    [InlineData("AT&T", "\"AT&amp;T\"")]
    [InlineData("{x|<p>}", "\"{x|<p>}\"")]
    [InlineData("حماس", "\"حماس\"")]
    [InlineData("tab\there", "\"tab here\"")]
    [InlineData("bell\u0007", "\"bell\"")]
    public void Quotes_and_escapes(string text, string expected) => Assert.Equal(expected, DotString.Quote(text));

    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character() =>
        Assert.Equal("\"x\uFFFDy\"", DotString.Quote("x\uD800y"));

    /// <summary>Graphviz's own reading of a quoted label: the lexer turns \" into " and keeps every other
    /// character; then escString turns \\ into \ and \n into a line break, and HTML entities are decoded.</summary>
    private static string GraphvizReads(string quoted)
    {
        Assert.StartsWith("\"", quoted, StringComparison.Ordinal);
        Assert.EndsWith("\"", quoted, StringComparison.Ordinal);
        var body = quoted[1..^1];
        var lexed = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length && body[i + 1] == '"') { lexed.Append('"'); i++; }
            else if (body[i] == '\\' && i + 1 < body.Length && body[i + 1] == '\\') { lexed.Append("\\\\"); i++; }
            else
            {
                Assert.NotEqual('"', body[i]); // an unescaped quote would end the string early
                lexed.Append(body[i]);
            }
        }
        var label = new StringBuilder();
        var s = lexed.ToString();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\') { label.Append(s[i]); continue; }
            Assert.True(i + 1 < s.Length, "dangling backslash");
            var next = s[++i];
            Assert.True(next is '\\' or 'n', $"escape \\{next} would be interpreted by Graphviz");
            label.Append(next == 'n' ? '\n' : '\\');
        }
        // Graphviz decodes HTML entities (&amp; &lt; &#65; ...) in one pass.
        return System.Net.WebUtility.HtmlDecode(label.ToString());
    }

    [Fact]
    public void Any_text_reads_back_as_its_cleaned_self() =>
        Gen.String[Gen.Char[(char)0, (char)0x700], 0, 40]
            .Select(Gen.String, (a, b) => a + "\\&\"\n{}<>|" + b)
            .Sample(text => GraphvizReads(DotString.Quote(text)) == TextCleaner.Clean(text), iter: 2000);

    [Fact]
    public void Cleaner_keeps_pairs_and_normalises_breaks()
    {
        Assert.Equal("a\nb\nc\nd", TextCleaner.Clean("a\r\nb\rc\u2028d"));
        Assert.Equal("🕊", TextCleaner.Clean("🕊"));
        Assert.Equal("x y", TextCleaner.Clean("x\ty"));
        Assert.Equal("xy", TextCleaner.Clean("x\u0000\u001b\u007f\u0085y".Replace("\u0085", "", StringComparison.Ordinal)));
        Assert.Equal("ab", TextCleaner.Clean("a\uFFFEb"));
        const string same = "unchanged text";
        Assert.Same(same, TextCleaner.Clean(same));
    }
}
