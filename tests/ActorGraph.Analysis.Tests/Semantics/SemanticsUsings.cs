// The analyses every expected-answer class on a seed folder calls; one list instead of one per class.
global using ActorGraph.Analysis.Brokerage;
global using ActorGraph.Analysis.Centrality;
global using ActorGraph.Analysis.Clusters;
global using ActorGraph.Analysis.Mediation;
global using ActorGraph.Analysis.Paths;
global using static ActorGraph.Analysis.Tests.Semantics.SeedExpectations;
