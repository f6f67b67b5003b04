using System.IO.Compression;
using System.Text;
using ActorGraph.Cli.Tests.Support;

namespace ActorGraph.Cli.Tests.Import;

/// <summary>The import command on files in the layouts their publishers use (ICEWS from Harvard Dataverse, zipped,
/// written from Windows with quoted strings; PA-X with its codebook's columns), then `mediators` asked with the
/// names an analyst types. Values are written here.</summary>
public class PublishedLayoutCommandTests
{
    private const string IcewsHeader = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";

    private static string IcewsRow(int id, string date, string source, string code, string intensity, string target) =>
        string.Join('\t', id, $"\"{date}\"", $"\"{source}\"", "\"\"", $"\"{source}\"", "\"Event\"", code, intensity, $"\"{target}\"", "\"\"", $"\"{target}\"", 700 + id, 1, "\"Example Wire\"", "", "", "", "", "", "");

    [Fact]
    public async Task A_zipped_dataverse_icews_file_imports_and_mediators_resolves_common_names()
    {
        using var dir = new TempSeed();
        var zip = Path.Combine(dir.Path, "events.2022.20230105.tab.zip");
        var text = string.Join("\r\n",
            IcewsHeader,
            IcewsRow(1, "3/1/2022", "Russian Federation", "190", "-10.0", "Ukraine"),
            IcewsRow(2, "3/3/2022", "Ukraine", "190", "-10.0", "Russian Federation"),
            IcewsRow(3, "3/5/2022", "Turkey", "045", "5.0", "Russian Federation"),
            IcewsRow(4, "3/7/2022", "Turkey", "046", "7.0", "Ukraine"),
            IcewsRow(5, "3/8/2022", "Congo, Democratic Republic of", "112", "-2.0", "Rwanda")) + "\r\n";
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var entry = archive.CreateEntry("events.2022.20230105.tab").Open();
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
            entry.Write(utf8.GetPreamble());
            entry.Write(utf8.GetBytes(text));
        }
        var seed = Path.Combine(dir.Path, "seed");

        var import = await CliRunner.RunAsync(["import", "icews", zip, "--out", seed]);
        var mediators = await CliRunner.RunAsync(["mediators", "Russia", "Ukraine", "--seed", seed]);
        var congo = await CliRunner.RunAsync(["mediators", "DR Congo", "Rwanda", "--seed", seed]);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, mediators.ExitCode);
        Assert.Contains("Turkey", mediators.Out, StringComparison.Ordinal);
        Assert.Equal(0, congo.ExitCode);
        Assert.DoesNotContain("unknown actor", congo.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pax_table_imports_with_the_documented_map()
    {
        using var dir = new TempSeed();
        dir.Write("pax.csv",
            "Con,PP,PPName,AgtId,Agt,Dat,Status,Stage,Part,ThrdPart\n" +
            "Sudan,101,Sudan: North-South process,1001,Comprehensive Peace Agreement,2005-01-09,Multiparty signed/agreed,SubComp," +
            "\"Signed by: Government of Sudan; Sudan People's Liberation Movement/Army\",\"Witnessed by: Kenya; Norway\"\n");
        var seed = Path.Combine(dir.Path, "seed");

        var import = await CliRunner.RunAsync(["import", "mediation", Path.Combine(dir.Path, "pax.csv"), "--out", seed,
            "--map", "id=AgtId,title=Agt,conflict=Con,start=Dat,parties=Part,mediators=ThrdPart,outcome=Status"]);
        var mediators = await CliRunner.RunAsync(["mediators", "Government of Sudan", "Sudan People's Liberation Movement/Army", "--seed", seed]);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, mediators.ExitCode);
        Assert.Contains("Norway", mediators.Out, StringComparison.Ordinal);
    }
}
