using IndustrialAtlas.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Hosting;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>The request log: one event a request, the same event Serilog.AspNetCore's request logging writes.</summary>
public sealed class RequestLogTests
{
    private readonly CollectingSink sink = new();

    private Serilog.Core.Logger Logger(LogEventLevel minimum = LogEventLevel.Verbose) =>
        new LoggerConfiguration().MinimumLevel.Is(minimum).WriteTo.Sink(sink).CreateLogger();

    private static DefaultHttpContext Request(string path, string method = "GET")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        return context;
    }

    private static RequestDelegate Answer(int status) => context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    private static object? Scalar(LogEvent e, string name) => ((ScalarValue)e.Properties[name]).Value;

    [Fact]
    public async Task A_request_is_one_event_with_Serilog_AspNetCore_s_template_properties_and_rendering()
    {
        var ours = new RequestLog(Logger());
        await ours.InvokeAsync(Request("/zh/cities/鞍山"), Answer(404));
        // Serilog.AspNetCore's own middleware on the same request, for comparison.
        var services = new ServiceCollection().AddSingleton(new DiagnosticContext(Logger())).BuildServiceProvider();
        var builder = new ApplicationBuilder(services);
        builder.UseSerilogRequestLogging(o => o.Logger = Logger());
        builder.Run(Answer(404));
        await builder.Build()(Request("/zh/cities/鞍山"));

        Assert.Equal(2, sink.Events.Count);
        var (mine, theirs) = (sink.Events[0], sink.Events[1]);
        Assert.Equal(theirs.MessageTemplate.Text, mine.MessageTemplate.Text);
        Assert.Equal(RequestLog.Template, mine.MessageTemplate.Text);
        Assert.Equal(theirs.Level, mine.Level);
        string[] shared = ["RequestMethod", "RequestPath", "StatusCode"];
        Assert.Equal(shared.Select(p => Scalar(theirs, p)), shared.Select(p => Scalar(mine, p)));
        Assert.Equal(["GET", "/zh/cities/鞍山", 404], shared.Select(p => Scalar(mine, p)));
        Assert.IsType<double>(Scalar(mine, "Elapsed"));
        Assert.Equal(typeof(RequestLog).FullName, Scalar(mine, "SourceContext"));
        // The same line but the duration.
        static string Line(LogEvent e) => e.RenderMessage(null)[..e.RenderMessage(null).LastIndexOf(" in ", StringComparison.Ordinal)];
        Assert.Equal(Line(theirs), Line(mine));
        Assert.Equal("HTTP \"GET\" \"/zh/cities/鞍山\" responded 404", Line(mine));
    }

    [Fact]
    public async Task A_request_still_running_is_logged_when_it_ends_with_the_status_it_ended_with()
    {
        var log = new RequestLog(Logger());
        var finish = new TaskCompletionSource();
        var context = Request("/cities/anshan", "HEAD");

        var running = log.InvokeAsync(context, async c =>
        {
            await finish.Task;
            c.Response.StatusCode = 200;
        });
        Assert.Empty(sink.Events);
        context.Response.StatusCode = 503;
        finish.SetResult();
        await running;

        var e = Assert.Single(sink.Events);
        Assert.Equal(("HEAD", 200, LogEventLevel.Information), (Scalar(e, "RequestMethod"), Scalar(e, "StatusCode"), e.Level));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_exception_goes_on_unchanged_and_is_logged_as_a_500_error_with_it(bool atOnce)
    {
        var log = new RequestLog(Logger());
        var thrown = new InvalidOperationException("the store is gone");
        RequestDelegate failing = atOnce ? _ => throw thrown : async _ =>
        {
            await Task.Yield();
            throw thrown;
        };

        var caught = await Assert.ThrowsAsync<InvalidOperationException>(() => log.InvokeAsync(Request("/claims"), failing));

        Assert.Same(thrown, caught);
        var e = Assert.Single(sink.Events);
        Assert.Equal((LogEventLevel.Error, 500, thrown), (e.Level, Scalar(e, "StatusCode"), e.Exception));
    }

    [Theory]
    [InlineData(200, LogEventLevel.Information)]
    [InlineData(404, LogEventLevel.Information)]
    [InlineData(429, LogEventLevel.Debug)]
    [InlineData(500, LogEventLevel.Error)]
    [InlineData(501, LogEventLevel.Information)]
    [InlineData(503, LogEventLevel.Error)]
    [InlineData(999, LogEventLevel.Error)]
    public async Task The_level_says_whether_the_atlas_failed(int status, LogEventLevel level)
    {
        await new RequestLog(Logger()).InvokeAsync(Request("/"), Answer(status));
        await new RequestLog(Logger(LogEventLevel.Information)).InvokeAsync(Request("/"), Answer(status));

        Assert.Equal(level == LogEventLevel.Debug ? 1 : 2, sink.Events.Count);
        Assert.All(sink.Events, e => Assert.Equal((level, status), (e.Level, Scalar(e, "StatusCode"))));
    }
}
