using System.Text;
using IndustrialAtlas.Web.Hosting;
using Serilog.Events;
using Serilog.Parsing;

namespace IndustrialAtlas.Web.Tests.Hosting;

public sealed class BatchedConsoleSinkTests
{
    private static LogEvent Event(LogEventLevel level, string template, params LogEventProperty[] properties) =>
        new LogEvent(new DateTimeOffset(2026, 12, 6, 9, 5, 7, TimeSpan.Zero), level, null, new MessageTemplateParser().Parse(template), properties);

    [Fact]
    public async Task A_batch_is_written_in_one_go_as_the_console_sink_wrote_each_line()
    {
        using var output = new MemoryStream();
        using var sink = new BatchedConsoleSink(output);

        await sink.EmitBatchAsync([
            Event(LogEventLevel.Information, "HTTP {Method} {Path} responded {Status}", new LogEventProperty("Method", new ScalarValue("GET")), new LogEventProperty("Path", new ScalarValue("/cities/anshan")), new LogEventProperty("Status", new ScalarValue(200))),
            Event(LogEventLevel.Warning, "Store {Name} is read-only", new LogEventProperty("Name", new ScalarValue("atlas.db"))),
        ]);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([
            $"[{new DateTimeOffset(2026, 12, 6, 9, 5, 7, TimeSpan.Zero):HH:mm:ss} INF] HTTP GET /cities/anshan responded 200",
            $"[{new DateTimeOffset(2026, 12, 6, 9, 5, 7, TimeSpan.Zero):HH:mm:ss} WRN] Store atlas.db is read-only",
        ], lines);
    }

    [Fact]
    public async Task Each_batch_starts_afresh()
    {
        using var output = new MemoryStream();
        using var sink = new BatchedConsoleSink(output);

        await sink.EmitBatchAsync([Event(LogEventLevel.Information, "first")]);
        await sink.EmitBatchAsync([Event(LogEventLevel.Information, "second")]);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal(1, text.Split("first").Length - 1);
        Assert.Equal(1, text.Split("second").Length - 1);
    }
}
