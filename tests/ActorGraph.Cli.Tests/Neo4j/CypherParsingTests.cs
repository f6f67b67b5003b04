using ActorGraph.Cli.Commands.Neo4j;
using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Tests.Neo4j;

public sealed class CypherParsingTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("0.25", 0.25)]
    [InlineData("1e3", 1000.0)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("qatar", "qatar")]
    [InlineData("2024-03-01", "2024-03-01")]
    [InlineData("Infinity", "Infinity")]
    [InlineData("", "")]
    public void Plain_values_are_typed_sensibly(string text, object expected) =>
        Assert.Equal(expected, CypherParameters.Typed(text));

    [Fact]
    public void Json_values_keep_their_structure_and_quoted_numbers_stay_text()
    {
        var p = CypherParameters.Parse(["ids:=[\"qatar\", \"egypt\"]", "code:=\"007\"", "m:={\"a\": 1, \"b\": [true, null]}", "nothing=null"]);
        Assert.Equal(["qatar", "egypt"], ((List<object?>)p["ids"]!).Cast<string>());
        Assert.Equal("007", p["code"]);
        var m = (Dictionary<string, object?>)p["m"]!;
        Assert.Equal(1L, m["a"]);
        Assert.Equal([true, null], (List<object?>)m["b"]!);
        Assert.Null(p["nothing"]);
    }

    [Theory]
    [InlineData("noequals")]
    [InlineData("=1")]
    [InlineData("bad name=1")]
    [InlineData("x:=[1,")]
    public void Malformed_parameters_are_usage_errors(string item)
    {
        var e = Assert.Throws<CliException>(() => CypherParameters.Parse([item]));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
    }

    [Fact]
    public void A_parameter_given_twice_is_refused() =>
        Assert.Throws<CliException>(() => CypherParameters.Parse(["a=1", "a=2"]));

    [Fact]
    public void Statements_split_at_semicolons_outside_strings_names_and_comments()
    {
        var (statements, rest) = CypherScript.Split("RETURN 'a;b' AS `x;y`; /* c; */ RETURN \"q\\\";\" AS s;\nMATCH (n)");
        Assert.Equal(["RETURN 'a;b' AS `x;y`", "/* c; */ RETURN \"q\\\";\" AS s"], statements);
        Assert.Equal("\nMATCH (n)", rest);
    }
}
