using System.Buffers;
using System.Globalization;
using System.Text;
using IndustrialAtlas.Web.Hosting;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace IndustrialAtlas.Web.Tests.Hosting;

public sealed class LogLineWriterTests
{
    private static readonly DateTimeOffset When = new(2026, 12, 7, 21, 5, 7, 123, TimeSpan.FromHours(8));

    private static LogEvent Event(LogEventLevel level, string template, Exception? exception, params (string Name, object? Value)[] values) =>
        new(When, level, exception, new MessageTemplateParser().Parse(template),
            values.Select(v => new LogEventProperty(v.Name, v.Value is LogEventPropertyValue p ? p : new ScalarValue(v.Value))));

    /// <summary>What Serilog's own formatter writes for the event, in the sink's template.</summary>
    private static string Formatted(LogEvent logEvent)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        new MessageTemplateTextFormatter(BatchedConsoleSink.Template, CultureInfo.InvariantCulture).Format(logEvent, text);
        return text.ToString();
    }

    public static TheoryData<string, LogEventLevel, (string, object?)[]> Written => new()
    {
        // The request log's own line, as Serilog.AspNetCore writes it.
        { "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", LogEventLevel.Information, [("RequestMethod", "GET"), ("RequestPath", "/api/atlas.geojson"), ("StatusCode", 200), ("Elapsed", 0.50129)] },
        { "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", LogEventLevel.Error, [("RequestMethod", "HEAD"), ("RequestPath", "/zh/cities/鞍山"), ("StatusCode", 503), ("Elapsed", 1234.56789)] },
        { "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", LogEventLevel.Debug, [("RequestMethod", "GET"), ("RequestPath", "/cities/\"quoted\" {braces} \u00e9 😀"), ("StatusCode", 429), ("Elapsed", 0.0)] },
        { "Ingested edition {Edition}: {Cities} cities, {Claims} claims", LogEventLevel.Warning, [("Edition", "debbe5c8c573"), ("Cities", 30), ("Claims", 705L)] },
        { "A {Count:000} and {Big:N0} in {Seconds:0.0} s", LogEventLevel.Fatal, [("Count", 7), ("Big", 1234567L), ("Seconds", 2.25)] },
        { "nothing but text", LogEventLevel.Verbose, [] },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void A_line_of_text_strings_and_numbers_is_written_byte_for_byte_as_serilog_formats_it(string template, LogEventLevel level, (string, object?)[] values)
    {
        var logEvent = Event(level, template, null, values);
        var output = new ArrayBufferWriter<byte>();

        Assert.True(LogLineWriter.TryWrite(logEvent, output));

        Assert.Equal(Formatted(logEvent), Encoding.UTF8.GetString(output.WrittenSpan));
    }

    public static TheoryData<string, (string, object?)[], bool> LeftToTheFormatter => new()
    {
        { "with an exception {Path}", [("Path", "/")], true },
        { "a double with no format {Value}", [("Value", 0.1)], false },
        { "a missing {Value}", [], false },
        { "padded {Value,10}", [("Value", "x")], false },
        { "a null {Value}", [("Value", null)], false },
        { "a date {Value}", [("Value", When)], false },
        { "a structure {Value}", [("Value", new StructureValue([new LogEventProperty("A", new ScalarValue(1))]))], false },
        { "a sequence {Value}", [("Value", new SequenceValue([new ScalarValue(1)]))], false },
    };

    [Theory]
    [MemberData(nameof(LeftToTheFormatter))]
    public void Anything_else_is_left_to_serilogs_formatter_and_nothing_is_written(string template, (string, object?)[] values, bool withException)
    {
        var output = new ArrayBufferWriter<byte>();

        Assert.False(LogLineWriter.TryWrite(Event(LogEventLevel.Information, template, withException ? new InvalidOperationException("x") : null, values), output));

        Assert.Equal(0, output.WrittenCount);
    }

    [Fact]
    public async Task A_batch_mixing_both_kinds_reads_as_serilog_writes_it_line_by_line()
    {
        LogEvent[] batch =
        [
            Event(LogEventLevel.Information, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", null, ("RequestMethod", "GET"), ("RequestPath", "/"), ("StatusCode", 200), ("Elapsed", 3.14159)),
            Event(LogEventLevel.Error, "The store failed on {Path}", new InvalidOperationException("disk full"), ("Path", "/claims")),
            Event(LogEventLevel.Information, "a structure {Value}", null, ("Value", new StructureValue([new LogEventProperty("A", new ScalarValue("b"))]))),
            Event(LogEventLevel.Information, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", null, ("RequestMethod", "GET"), ("RequestPath", "/zh/"), ("StatusCode", 404), ("Elapsed", 0.25)),
        ];
        using var output = new MemoryStream();
        using var sink = new BatchedConsoleSink(output);

        await sink.EmitBatchAsync(batch);

        Assert.Equal(string.Concat(batch.Select(Formatted)), Encoding.UTF8.GetString(output.ToArray()));
    }
}
