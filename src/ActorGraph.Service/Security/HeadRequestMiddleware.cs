namespace ActorGraph.Service.Security;

/// <summary>Answers <c>HEAD</c> like <c>GET</c> without the body (RFC 9110 §9.3.2), on every GET resource:
/// the request is routed as GET, the body is counted instead of sent (so <c>Content-Length</c> is what GET
/// would send), and a 405 answer's <c>Allow</c> names HEAD wherever it names GET.</summary>
public sealed class HeadRequestMiddleware(RequestDelegate next)
{
    /// <summary>Runs the request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(AddHeadToAllow, context);
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var body = context.Response.Body;
        using var counter = new CountingNullStream();
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = counter;
        try
        {
            await next(context).ConfigureAwait(false);
            if (!context.Response.HasStarted && context.Response.ContentLength is null) context.Response.ContentLength = counter.Length;
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    }

    private static Task AddHeadToAllow(object state)
    {
        var response = ((HttpContext)state).Response;
        if (response.StatusCode == StatusCodes.Status405MethodNotAllowed && response.Headers.Allow.ToString() is { Length: > 0 } allow)
        {
            var methods = allow.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (methods.Contains(HttpMethods.Get) && !methods.Contains(HttpMethods.Head)) response.Headers.Allow = allow + ", " + HttpMethods.Head;
        }
        return Task.CompletedTask;
    }

    /// <summary>A write-only stream that keeps only the number of bytes written.</summary>
    private sealed class CountingNullStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }
    }
}
