using ActorGraph.Fuzz;

return FuzzProgram.Run(args);
