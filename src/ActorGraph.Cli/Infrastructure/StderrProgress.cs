using System.Diagnostics;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>Progress for long work, on standard error so that standard output stays pipeable.
/// Silent for the first second, then at most one line a second.</summary>
public sealed class StderrProgress : IProgress<StoreProgress>
{
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastPrint = TimeSpan.Zero;
    private readonly Lock _gate = new();

    /// <summary>Reports to <paramref name="error"/>.</summary>
    public StderrProgress(TextWriter error) => _error = error;

    /// <inheritdoc />
    public void Report(StoreProgress value)
    {
        lock (_gate)
        {
            var now = _clock.Elapsed;
            if (now < TimeSpan.FromSeconds(1) || now - _lastPrint < TimeSpan.FromSeconds(1)) return;
            _lastPrint = now;
            var rate = value.Done / Math.Max(now.TotalSeconds, 0.001);
            var total = value.Total is { } t && t > 0 ? $"/{t:N0} ({100.0 * value.Done / t:0}%)" : "";
            _error.WriteLine($"  {value.Stage}: {value.Done:N0}{total}, {rate:N0}/s, {now.TotalSeconds:0.0}s");
        }
    }
}
