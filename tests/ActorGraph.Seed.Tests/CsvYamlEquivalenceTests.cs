using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests;

/// <summary>The same facts written as YAML and as CSV load into the same graph.</summary>
public sealed class CsvYamlEquivalenceTests
{
    [Fact]
    public void Hand_written_csv_and_yaml_give_the_same_graph()
    {
        using var yaml = new TempSeed().With("seed.yaml", """
            sources:
              - id: rep
                title: A report, with a comma
                date: 2024-12-01
            actors:
              - id: egypt
                name: Egypt
                kind: state
                aliases: [Arab Republic of Egypt, Misr]
                country: egy
              - id: hamas
                name: Hamas
                kind: armed-group
              - id: israel
                name: Israel
                kind: state
            relations:
              - source: egypt
                target: hamas
                kind: mediates
                strength: 0.8
                confidence: 0.75
                date: 2024-11-30
                topics: [ceasefire, prisoner-exchange]
                modality: claimed
                evidence:
                  - source: rep
                    locator: para 2
                    note: Egypt brokers, "they say".
              - source: egypt
                target: hamas
                kind: mediates
                date: 2024-11-30
              - id: war
                source: israel
                target: hamas
                kind: armed_conflict
                start: 2023-10-07
                weight: 3
            processes:
              - id: talks
                name: Talks
                parties: [hamas, israel]
                mediators: [egypt]
                topics: [ceasefire]
                status: ongoing
                start: 2024-11-01
                inferred: true
                confidence: 0.9
                evidence:
                  - source: rep
                    locator: para 1
            """);
        using var csv = new TempSeed()
            .With("sources.csv", "id,title,date\nrep,\"A report, with a comma\",2024-12-01\n")
            .With("actors.csv", "id,name,kind,aliases,country\negypt,Egypt,state,Arab Republic of Egypt; Misr,egy\nhamas,Hamas,armed-group,,\nisrael,Israel,state,,\n")
            .With("relations.csv", """
                id,source,target,kind,strength,confidence,date,start,topics,modality,evidence_source,evidence_locator,evidence_note,weight
                ,egypt,hamas,mediates,0.8,0.75,2024-11-30,,ceasefire;prisoner-exchange,claimed,rep,para 2,"Egypt brokers, ""they say"".",
                ,egypt,hamas,mediates,,,2024-11-30,,,,,,,
                war,israel,hamas,armed_conflict,,,,2023-10-07,,,,,,3

                """)
            .With("processes.csv", "id,name,parties,mediators,topics,status,start,inferred,confidence,evidence_source,evidence_locator\r\ntalks,Talks,hamas;israel,egypt,ceasefire,ongoing,2024-11-01,true,0.9,rep,para 1\r\n");

        var fromYaml = yaml.Load();
        var fromCsv = csv.Load();
        Assert.True(fromYaml.Succeeded, string.Join("\n", fromYaml.Errors));
        Assert.True(fromCsv.Succeeded, string.Join("\n", fromCsv.Errors));
        Assert.Equal(GraphText.Of(fromYaml.Graph!), GraphText.Of(fromCsv.Graph!));

        var relations = fromCsv.Graph!.Relations;
        Assert.Equal(["egypt~mediates~hamas~2024-11-30", "egypt~mediates~hamas~2024-11-30~2", "war"], relations.Select(r => r.Id));
        Assert.Equal(0.5, relations[1].Strength);
        Assert.Equal(1.0, relations[1].Confidence);
        Assert.Equal("EGY", fromCsv.Graph.FindActor("egypt")!.Country);
        Assert.Equal("Egypt brokers, \"they say\".", relations[0].Evidence[0].Note);
    }
}
