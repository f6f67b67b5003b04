using System.Diagnostics;
using System.Globalization;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Commands.Import;

/// <summary>Rows read and rows per second on standard error: one line rewritten in place on a terminal
/// (at most five times a second), otherwise a plain line at most every five seconds after the first one.</summary>
public sealed class ImportProgressDisplay : IProgress<StoreProgress>
{
    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _last = TimeSpan.Zero;
    private bool _drawn;

    /// <summary>Reports to <paramref name="error"/>; <paramref name="terminal"/> when it is an interactive console.</summary>
    public ImportProgressDisplay(TextWriter error, bool terminal)
    {
        _error = error;
        _terminal = terminal;
    }

    /// <inheritdoc />
    public void Report(StoreProgress value)
    {
        lock (_gate)
        {
            var now = _clock.Elapsed;
            var every = _terminal ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5);
            if (now < TimeSpan.FromSeconds(1) || now - _last < every) return;
            _last = now;
            var rate = value.Done / Math.Max(now.TotalSeconds, 0.001);
            var text = string.Create(CultureInfo.InvariantCulture, $"  {Path.GetFileName(value.Stage)}: {value.Done:N0} rows, {rate:N0} rows/s, {now.TotalSeconds:0.0}s");
            if (_terminal)
            {
                _error.Write("\r" + text.PadRight(78));
                _drawn = true;
            }
            else
            {
                _error.WriteLine(text);
            }
        }
    }

    /// <summary>Ends the in-place line, if one was drawn.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_drawn) _error.WriteLine();
            _drawn = false;
        }
    }
}
