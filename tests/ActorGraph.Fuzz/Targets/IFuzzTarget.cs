namespace ActorGraph.Fuzz.Targets;

/// <summary>One fuzz target: runs a reader or writer on arbitrary bytes. It returns normally for any input
/// the code handles (including a typed, located error); anything else (an unexpected exception, a
/// broken invariant) throws <see cref="FuzzFailure"/> or escapes, which the fuzzer records as a crash.</summary>
internal interface IFuzzTarget
{
    /// <summary>The name on the command line and of the corpus folder.</summary>
    string Name { get; }

    /// <summary>Runs the target on <paramref name="input"/>.</summary>
    void Run(byte[] input);
}
