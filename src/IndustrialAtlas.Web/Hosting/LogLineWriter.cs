using System.Buffers;
using System.Globalization;
using System.Text;
using Serilog.Events;
using Serilog.Parsing;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// Writes the common log line, <see cref="BatchedConsoleSink.Template"/>, straight to UTF-8 bytes: the request log's
/// line and every other event whose message holds only text, strings and numbers. It writes what Serilog's
/// <c>MessageTemplateTextFormatter</c> writes for the same event, byte for byte (the tests compare the two), without
/// the formatter's text writer, string and re-encoding: a line a request, written by the log's own thread, took a
/// seventh of the server's capacity that way. Anything else (an exception, a structure, padding, a missing value) is
/// left to the formatter: <see cref="TryWrite"/> answers false and writes nothing.
/// </summary>
public static class LogLineWriter
{
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);

    public static bool TryWrite(LogEvent logEvent, ArrayBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(output);
        if (logEvent.Exception is not null || Level(logEvent.Level) is not { } level || !Writable(logEvent))
        {
            return false;
        }

        Write(output, "["u8);
        Format(output, logEvent.Timestamp, "HH:mm:ss");
        Write(output, " "u8);
        Write(output, level);
        Write(output, "] "u8);
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is TextToken text)
            {
                Write(output, text.Text);
                continue;
            }

            var property = (PropertyToken)token;
            switch (((ScalarValue)logEvent.Properties[property.PropertyName]).Value)
            {
                case string value:
                    Write(output, value);
                    break;
                case int value:
                    Format(output, value, property.Format);
                    break;
                case long value:
                    Format(output, value, property.Format);
                    break;
                case double value:
                    Format(output, value, property.Format);
                    break;
            }
        }

        Write(output, NewLine);
        return true;
    }

    /// <summary>Whether every value the message names is one written here as the formatter writes it.</summary>
    private static bool Writable(LogEvent logEvent)
    {
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is not PropertyToken property)
            {
                continue;
            }

            if (property.Alignment is not null || !logEvent.Properties.TryGetValue(property.PropertyName, out var value) || value is not ScalarValue scalar)
            {
                return false;
            }

            var writable = scalar.Value switch
            {
                string => true,
                int or long => true,
                // A number with no format is written as JSON, which has rules of its own for doubles.
                double => property.Format is not null,
                _ => false,
            };
            if (!writable)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The level as <c>{Level:u3}</c> writes it.</summary>
    private static byte[]? Level(LogEventLevel level) => (int)level is >= 0 and var i && i < Levels.Length ? Levels[i] : null;

    private static readonly byte[][] Levels = [.. new[] { "VRB", "DBG", "INF", "WRN", "ERR", "FTL" }.Select(Encoding.ASCII.GetBytes)];

    private static void Write(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);

    private static void Write(ArrayBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    private static void Format<T>(ArrayBufferWriter<byte> output, T value, string? format)
        where T : IUtf8SpanFormattable
    {
        var size = 32;
        int written;
        while (!value.TryFormat(output.GetSpan(size), out written, format, CultureInfo.InvariantCulture))
        {
            size *= 2;
        }

        output.Advance(written);
    }
}
