using ActorGraph.Service.Api;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service.Reading;

/// <summary>Bounds how many reports the service reads at once (<see cref="ReviewOptions.MaxConcurrentReadings"/>):
/// reading is CPU work of up to <see cref="ReviewOptions.TimeoutSeconds"/> per report, so a burst of large reports
/// would otherwise take every core from the graph queries. A reading beyond the limit is refused at once with 429
/// and a Retry-After header rather than queued, so no request waits without a deadline.</summary>
public sealed class ReadingGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly int _limit;
    private readonly int _retryAfterSeconds;

    /// <summary>Creates the gate from the options.</summary>
    public ReadingGate(IOptions<ReviewOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limit = options.Value.MaxConcurrentReadings;
        _retryAfterSeconds = options.Value.RetryAfterSeconds;
        _slots = new SemaphoreSlim(_limit, _limit);
    }

    /// <summary>Readings in progress.</summary>
    public int InProgress => _limit - _slots.CurrentCount;

    /// <summary>Takes a slot, released when the returned value is disposed; throws a 429 <see cref="ApiProblem"/>
    /// when every slot is taken.</summary>
    public IDisposable Enter()
    {
        if (!_slots.Wait(0))
            throw new ApiProblem(StatusCodes.Status429TooManyRequests, "Too many readings",
                $"{_limit} reports are being read already (ActorGraph:Review:MaxConcurrentReadings); try again in {_retryAfterSeconds} s",
                new Dictionary<string, object?> { ["limit"] = _limit })
            { RetryAfterSeconds = _retryAfterSeconds };
        return new Slot(_slots);
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release();
        }
    }
}
