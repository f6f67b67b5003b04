using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Canonical;
using Xunit;

namespace ActorGraph.Import.Tests.Mapping;

public sealed class RoleNamesTests
{
    [Theory]
    [InlineData("United States", "Government of the United States")]
    [InlineData("United Kingdom", "Government of the United Kingdom")]
    [InlineData("Netherlands", "Government of the Netherlands")]
    [InlineData("Philippines", "Government of the Philippines")]
    [InlineData("Central African Republic", "Government of the Central African Republic")]
    [InlineData("Democratic Republic of the Congo", "Government of the Democratic Republic of the Congo")]
    [InlineData("Solomon Islands", "Government of the Solomon Islands")]
    [InlineData("United Arab Emirates", "Government of the United Arab Emirates")]
    [InlineData("Gambia", "Government of the Gambia")]
    [InlineData("Iran", "Government of Iran")]
    [InlineData("South Sudan", "Government of South Sudan")]
    [InlineData("Bosnia and Herzegovina", "Government of Bosnia and Herzegovina")]
    [InlineData("Republic of Korea", "Government of the Republic of Korea")]
    [InlineData("the Bahamas", "Government of the Bahamas")]
    public void Places_take_the_article_english_gives_them(string place, string expected) =>
        Assert.Equal(expected, RoleNames.Of("Government", place));

    [Theory]
    [InlineData("USAGOV", "usa-gov", "Government of the United States")]
    [InlineData("NLDMIL", "nld-mil", "Military of the Netherlands")]
    [InlineData("IRNGOV", "irn-gov", "Government of Iran")]
    public void Imported_role_actors_read_as_english(string code, string id, string name)
    {
        var identity = ActorCanonicaliser.Resolve(new ActorFields(code, code, code.AsSpan(0, 3), "", code.AsSpan(3)), ActorIdStyle.CameoCode);
        Assert.NotNull(identity);
        Assert.Equal((id, name), (identity.Id, identity.Name));
    }

    [Fact]
    public void A_typed_role_name_with_or_without_the_article_is_the_same_actor()
    {
        var with = ByName("Government of the United States");
        var without = ByName("Government of United States");
        Assert.NotNull(with);
        Assert.NotNull(without);
        Assert.Equal(("usa-gov", "Government of the United States", ActorKind.Government), (with.Id, with.Name, with.Kind));
        Assert.Equal(with.Id, without.Id);
    }

    private static ActorIdentity? ByName(string name) =>
        ActorCanonicaliser.Resolve(new ActorFields(name, name, "", "", ""), ActorIdStyle.Name);
}
