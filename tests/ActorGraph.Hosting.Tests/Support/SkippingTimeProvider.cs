namespace ActorGraph.Hosting.Tests.Support;

/// <summary>A clock that only moves when someone waits on it: every timer fires at once and moves the clock forward by
/// its due time. Backoff schedules and start-up deadlines then play out the same on a fast or a busy machine, and in
/// no real time; how long the work between the waits took does not count.</summary>
public sealed class SkippingTimeProvider : TimeProvider
{
    private long _ticks = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new Timer(this, callback, state, dueTime);

    private sealed class Timer : ITimer
    {
        private readonly SkippingTimeProvider _owner;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private int _version;

        public Timer(SkippingTimeProvider owner, TimerCallback callback, object? state, TimeSpan dueTime)
        {
            (_owner, _callback, _state) = (owner, callback, state);
            Change(dueTime, Timeout.InfiniteTimeSpan);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var version = Interlocked.Increment(ref _version);
            if (dueTime == Timeout.InfiniteTimeSpan) return true;
            Interlocked.Add(ref _owner._ticks, dueTime.Ticks);
            // Fired from the thread pool, as a real timer is; a later Change or Dispose cancels it.
            ThreadPool.QueueUserWorkItem(_ => { if (Volatile.Read(ref _version) == version) _callback(_state); });
            return true;
        }

        public void Dispose() => Interlocked.Increment(ref _version);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
