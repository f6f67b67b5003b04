using System.Reflection;
using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Tests;

/// <summary>A pattern's match timeout is wall-clock time: on a busy machine (load 40-80 on two cores) a bounded pattern ran past
/// 1 s on one sentence and the whole reading threw <see cref="RegexMatchTimeoutException"/>. The reader's patterns are bounded by
/// construction and the reading by paragraph size and its cancellation token, so none of them may carry a finite timeout, which
/// would make the same report read differently (or not at all) under load.</summary>
public class NoWallClockRegexTimeoutTests
{
    [Fact]
    public void No_generated_pattern_of_the_reader_has_a_finite_match_timeout()
    {
        var patterns = typeof(ReportReader).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .ToList();

        Assert.True(patterns.Count > 100, $"expected the reader's generated patterns, found {patterns.Count}");
        var timed = patterns
            .Where(m => ((Regex)m.Invoke(null, null)!).MatchTimeout != Regex.InfiniteMatchTimeout)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.Empty(timed);
    }
}
