using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Core.Tests.Text;

public class EnumTextTests
{
    [Theory]
    [InlineData(ActorKind.ArmedGroup, "armed-group")]
    [InlineData(ActorKind.State, "state")]
    public void Names_are_kebab_case(ActorKind kind, string expected) => Assert.Equal(expected, EnumText.Name(kind));

    [Fact]
    public void Every_value_of_every_model_enum_round_trips_and_names_are_unique()
    {
        AssertRoundTrip<ActorKind>();
        AssertRoundTrip<RelationSign>();
        AssertRoundTrip<Modality>();
        AssertRoundTrip<ProcessStatus>();
    }

    [Theory]
    [InlineData("ARMED_GROUP")]
    [InlineData("Armed-Group")]
    public void Parsing_ignores_case_and_takes_underscores_for_hyphens(string text)
    {
        Assert.True(EnumText.TryParse<ActorKind>(text, out var kind));
        Assert.Equal(ActorKind.ArmedGroup, kind);
    }

    [Theory]
    [InlineData("armedgroup")]
    [InlineData("1")]
    [InlineData("")]
    public void Anything_else_is_refused(string text) => Assert.False(EnumText.TryParse<ActorKind>(text, out _));

    private static void AssertRoundTrip<T>() where T : struct, Enum
    {
        var names = EnumText.Names<T>();
        Assert.Equal(Enum.GetValues<T>().Length, names.Distinct().Count());
        foreach (var value in Enum.GetValues<T>())
        {
            var name = EnumText.Name(value);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", name);
            Assert.True(EnumText.TryParse<T>(name, out var back));
            Assert.Equal(value, back);
        }
    }
}
