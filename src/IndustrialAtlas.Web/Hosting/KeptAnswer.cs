using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// One answer as it was written: its status, its headers (those the atlas set, with the ETag and Cache-Control set as
/// it started) and its body, served again as they are.
/// </summary>
public sealed class KeptAnswer
{
    /// <summary>Headers that belong to one sending of an answer, not to the answer: the server and the compression set them each time.</summary>
    private static readonly HashSet<string> NotKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.ContentEncoding, HeaderNames.Age, HeaderNames.Connection,
    };

    /// <summary>What a 304 repeats of the answer it stands for (RFC 9110, 15.4.5).</summary>
    private static readonly HashSet<string> RevalidationHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ETag, HeaderNames.CacheControl, HeaderNames.Vary, HeaderNames.ContentLocation, HeaderNames.Expires,
    };

    private readonly KeyValuePair<string, StringValues>[] headers;
    private readonly byte[] body;

    /// <summary>The answer's tag, read once, for requests that revalidate.</summary>
    private readonly EntityTagHeaderValue? tag;

    private KeptAnswer(int status, KeyValuePair<string, StringValues>[] headers, byte[] body, DateTimeOffset made)
    {
        Status = status;
        this.headers = headers;
        this.body = body;
        Made = made;
        tag = headers.FirstOrDefault(h => string.Equals(h.Key, HeaderNames.ETag, StringComparison.OrdinalIgnoreCase)).Value is { Count: 1 } value
            && EntityTagHeaderValue.TryParse(value[0], out var parsed) ? parsed : null;
        Size = body.Length + headers.Sum(h => (h.Key.Length + h.Value.Sum(v => v?.Length ?? 0)) * sizeof(char)) + 256;
    }

    public int Status { get; }

    public DateTimeOffset Made { get; }

    /// <summary>The memory the answer holds, roughly, in bytes.</summary>
    public long Size { get; }

    /// <summary>
    /// Runs the rest of the pipeline with its body written through to the client and copied, and keeps the answer when
    /// it may be kept: a 200, 400 or 404 that sets no cookie, whose body came whole and within <paramref name="maximumBodySize"/>.
    /// </summary>
    public static async Task<KeptAnswer?> MakeAsync(HttpContext context, RequestDelegate next, DateTimeOffset now, int maximumBodySize)
    {
        var response = context.Response;
        // The headers set further out (security headers, for one) are set again for every request, kept answer or not:
        // the answer keeps only what the rest of the pipeline adds, so a kept answer does not write them twice.
        var outer = response.Headers.ToDictionary(StringComparer.OrdinalIgnoreCase);
        var original = response.Body;
        var copy = new CopyingStream(original, maximumBodySize);
        response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status400BadRequest or StatusCodes.Status404NotFound)
            || response.Headers.SetCookie.Count > 0 || context.RequestAborted.IsCancellationRequested || copy.Copy is not { } body
            || response.ContentLength is { } length && length != body.Length && !HttpMethods.IsHead(context.Request.Method))
        {
            return null;
        }

        var added = response.Headers.Where(h => !NotKept.Contains(h.Key) && !(outer.TryGetValue(h.Key, out var before) && before == h.Value));
        return new KeptAnswer(response.StatusCode, [.. added], body, now);
    }

    /// <summary>
    /// Serves the answer: a 304 when the request holds its tag (or <c>*</c>), with the headers a 304 repeats; the whole
    /// answer otherwise.
    /// </summary>
    public Task ServeAsync(HttpContext context)
    {
        if (Status == StatusCodes.Status200OK && context.Request.Headers.IfNoneMatch.Count > 0 && Matches(context.Request))
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status304NotModified;
            foreach (var (name, value) in headers)
            {
                if (RevalidationHeaders.Contains(name))
                {
                    response.Headers[name] = value;
                }
            }

            return Task.CompletedTask;
        }

        return WriteAsync(context);
    }

    private bool Matches(HttpRequest request)
    {
        if (tag is null)
        {
            return false;
        }

        foreach (var asked in request.GetTypedHeaders().IfNoneMatch)
        {
            if (asked.Equals(EntityTagHeaderValue.Any) || asked.Compare(tag, useStrongComparison: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the answer (its body but to a HEAD request).</summary>
    public Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = Status;
        var target = response.Headers;
        foreach (var (name, value) in headers)
        {
            target[name] = value;
        }

        if (body.Length == 0)
        {
            // No length: an empty error answer is still given its page by the status-code pages further out.
            return Task.CompletedTask;
        }

        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>Passes every write on to the client and copies it, until the copy would pass its limit (then it stops copying).</summary>
    private sealed class CopyingStream(Stream inner, int limit) : Stream
    {
        private MemoryStream? copy = new();

        /// <summary>The whole body written, or null when it was larger than the limit.</summary>
        public byte[]? Copy => copy?.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Keep(buffer);
            inner.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        private void Keep(ReadOnlySpan<byte> buffer)
        {
            if (copy is null)
            {
                return;
            }

            if (copy.Length + buffer.Length > limit)
            {
                copy.Dispose();
                copy = null;
                return;
            }

            copy.Write(buffer);
        }

        protected override void Dispose(bool disposing)
        {
            copy?.Dispose();
            base.Dispose(disposing);
        }
    }
}
