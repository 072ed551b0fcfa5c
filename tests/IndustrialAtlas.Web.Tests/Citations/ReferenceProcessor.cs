using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IndustrialAtlas.Web.Tests.Citations;

/// <summary>Runs reference.mjs under Node: citeproc-js and the styles from their npm packages, citation-js's readers.</summary>
internal static class ReferenceProcessor
{
    public static JsonNode Run(JsonObject request)
    {
        var script = Path.Combine(RepositoryRoot.Path, "tests", "IndustrialAtlas.Web.Tests", "Citations", "reference.mjs");
        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        node.StandardInput.Write(request.ToJsonString());
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"reference.mjs failed: {error}");
        return JsonNode.Parse(output)!;
    }

    public static JsonObject Render(string cslId, string locale, string itemJson) =>
        Run(new JsonObject { ["render"] = cslId, ["locale"] = locale, ["item"] = JsonNode.Parse(itemJson) }).AsObject();

    public static JsonArray Parse(string format, string text) =>
        Run(new JsonObject { ["parse"] = format, ["text"] = text }).AsArray();

    public static string? Text(this JsonObject result, string name) => result[name]?.GetValue<string>();

    public static JsonElement Element(this JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;
}
