using System.Globalization;
using ActorGraph.Seed.Validation;

namespace ActorGraph.Seed.Tests;

/// <summary>The span parsers agree with the framework's culture-invariant parsers.</summary>
public sealed class ValueParserTests
{
    [Fact]
    public void Simple_decimal_fast_path_gives_the_same_double_as_double_parse()
    {
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var places = random.Next(0, 10);
            var text = (random.NextDouble() * Math.Pow(10, random.Next(0, 4))).ToString("F" + places, CultureInfo.InvariantCulture);
            Assert.True(ValueParser.TryParseSimpleDecimal(text, out var fast), text);
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), fast);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("1e-3")]
    [InlineData("-0.5")]
    [InlineData("0,5")]
    [InlineData("1.2.3")]
    [InlineData("0.1234567890123456")]
    public void Other_shapes_fall_back_to_the_full_parser(string text) =>
        Assert.False(ValueParser.TryParseSimpleDecimal(text, out _));

    [Fact]
    public void Iso_date_parser_accepts_exactly_real_calendar_days()
    {
        for (var d = new DateOnly(1999, 1, 1); d < new DateOnly(2001, 12, 31); d = d.AddDays(1))
        {
            Assert.True(ValueParser.TryParseIsoDate(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var parsed));
            Assert.Equal(d, parsed);
        }
        foreach (var bad in new[] { "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01", "2024/01/01", "2024-01-32", "2024-01-01T00" })
        {
            Assert.False(ValueParser.TryParseIsoDate(bad, out _), bad);
        }
        Assert.True(ValueParser.TryParseIsoDate("2024-02-29", out _));
    }
}
