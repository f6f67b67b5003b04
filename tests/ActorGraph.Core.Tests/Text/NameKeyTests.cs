using ActorGraph.Core.Text;

namespace ActorGraph.Core.Tests.Text;

public class NameKeyTests
{
    [Theory]
    [InlineData("U.S.", "us")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Al-Qassam Brigades", "alqassambrigades")]
    [InlineData("actor-12", "actor12")]
    [InlineData("hamas", "hamas")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź Ørsted", "lodzorsted")]
    [InlineData("  ", "")]
    [InlineData("Actor no. 7", "actorno7")]
    public void Key_ignores_case_accents_and_punctuation(string name, string key) => Assert.Equal(key, NameKey.Of(name));

    [Fact]
    public void Ascii_names_get_the_key_of_the_same_name_written_with_a_non_ascii_character_removed()
    {
        // The ASCII fast path must agree with the Unicode path: appending a combining mark (dropped by the Unicode path)
        // forces the slow path on the same letters.
        var random = new Random(5);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 20)];
            for (var k = 0; k < chars.Length; k++) chars[k] = (char)random.Next(32, 127);
            var ascii = new string(chars);
            Assert.Equal(NameKey.Of(ascii + "\u0301"), NameKey.Of(ascii));
        }
    }
}
