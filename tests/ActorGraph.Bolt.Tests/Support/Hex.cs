namespace ActorGraph.Bolt.Tests.Support;

public static class Hex
{
    /// <summary>"B1 3F A1" → bytes.</summary>
    public static byte[] Parse(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);
}
