namespace ActorGraph.Fuzz;

/// <summary>Random edits for the fallback fuzzer: flip, insert, delete, duplicate or splice bytes, with a
/// bias towards the bytes that structure the inputs (YAML, CSV and PackStream markers).</summary>
internal static class Mutator
{
    private static readonly byte[] Interesting = "[]{}:-,\"'&*!|>#%@`\n\r\t ;~\\?"u8.ToArray()
        .Concat(new byte[] { 0x00, 0xFF, 0xC3, 0xED, 0xA0, 0x80, 0x90, 0x91, 0xA1, 0xB1, 0xB3, 0xC0, 0xC8, 0xCC, 0xD0, 0xD4, 0xD8, 0xDC }).ToArray();

    public static byte[] Mutate(byte[] original, IReadOnlyList<byte[]> corpus, Random random)
    {
        var bytes = new List<byte>(original);
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            var length = Math.Min(random.Next(1, 16), bytes.Count - at);
            switch (random.Next(7))
            {
                case 0 when length > 0: bytes.RemoveRange(at, length); break;
                case 1 when length > 0: bytes.InsertRange(at, bytes.GetRange(at, length)); break;
                case 2: bytes.Insert(at, Interesting[random.Next(Interesting.Length)]); break;
                case 3 when at < bytes.Count: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 4 when at < bytes.Count: bytes[at] = (byte)random.Next(256); break;
                case 5:
                    var other = corpus[random.Next(corpus.Count)];
                    if (other.Length == 0) break;
                    var from = random.Next(other.Length);
                    bytes.InsertRange(at, other.Skip(from).Take(random.Next(1, 64)));
                    break;
                default:
                    // Repeat a short piece many times: deep nesting, long lines, many records.
                    if (length == 0) break;
                    var piece = bytes.GetRange(at, Math.Min(length, 4));
                    for (var r = random.Next(2, 200); r > 0; r--) bytes.InsertRange(at, piece);
                    break;
            }
        }
        return [.. bytes];
    }
}
