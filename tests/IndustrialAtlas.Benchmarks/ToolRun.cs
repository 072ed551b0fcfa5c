using System.Diagnostics;

namespace IndustrialAtlas.Benchmarks;

/// <summary>A tool run to its end (wrk, npm, Lighthouse, dotnet publish): its exit code and what it wrote to each stream.</summary>
internal static class ToolRun
{
    public sealed record Result(int Code, string Output, string Errors);

    public static async Task<Result> RunAsync(string file, IEnumerable<string> arguments, string? directory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (directory is not null)
        {
            start.WorkingDirectory = directory;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await errors);
    }
}
