using System.Text;
using Microsoft.AspNetCore.Http;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>
/// Bad values on every route, parameter and method: long strings, control characters, broken percent-encoding,
/// mixed scripts, huge and negative years, injection strings, repeated and unknown parameters. None may answer 5xx,
/// and no answer may carry an injected string as it was sent (oEmbed's 501 for an unknown format is the one
/// 5xx its specification asks for). The counts by status class go to artifacts/fuzz/.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private static readonly string[] MapParameters = ["year", "from", "to", "resource", "era", "city", "lat", "lon", "z", "measure", "edition"];

    private static readonly (string Path, string[] Parameters)[] Routes =
    [
        ("/", MapParameters),
        ("/embed", MapParameters),
        ("/preview.svg", MapParameters),
        ("/api/atlas.geojson", MapParameters),
        ("/api/atlas.csv", MapParameters),
        ("/api/atlas/data.json", ["edition"]),
        ("/cities", ["province", "resource", "era", "edition"]),
        ("/claims", ["city", "support", "resource", "era", "q", "edition"]),
        ("/api/claims", ["city", "support", "resource", "era", "edition"]),
        ("/api/claims.csv", ["city", "support", "resource", "era"]),
        ("/api/cities", ["edition"]),
        ("/cite", ["url", "style"]),
        ("/oembed", ["url", "format", "maxwidth", "maxheight"]),
        ("/share-panel", ["url"]),
        ("/eras", ["edition"]),
        ("/resources", ["edition"]),
        ("/status", ["x"]),
    ];

    private static readonly string[] PathRoutes = ["/cities/", "/claims/", "/eras/", "/resources/", "/api/cities/", "/error/"];

    /// <summary>Values as they go on the wire, already percent-encoded where the test means them to be.</summary>
    private static readonly string[] BadValues =
    [
        "", "%20", new('a', 5000), "%00", "%01%02%1B", "%ZZ", "%", "%E6%94%80%E6", "%C0%AF", "-99999999999", "99999999999999999999",
        "1e309", "NaN", "-476", "%2D0", "1.5", Encode("<script>alert(1)</script>"), Encode("\"><img src=x onerror=alert(1)>"),
        Encode("' OR 1=1 --"), Encode("../../../etc/passwd"), Encode("javascript:alert(1)"), Encode("攀枝花 Pānzhīhuā ٣ Ω 🙂"),
        "%0D%0ASet-Cookie:%20x=1", Encode("${jndi:ldap://127.0.0.1/x}"), Encode("{{7*7}}"), "%2e%2e%2f%2e%2e%2f", "%EF%BF%BF", Encode("http://elsewhere.example/"),
    ];

    /// <summary>Headers a proxy or a client could send: schemes that are no web scheme, dates that are no date or not yet.</summary>
    private static readonly (string Name, string Value)[] BadHeaders =
    [
        ("X-Forwarded-Proto", "javascript"), ("X-Forwarded-Proto", ""), ("X-Forwarded-Proto", "https, javascript"), ("X-Forwarded-Proto", "HTTPS"),
        ("X-Forwarded-Proto", "h\u0000ttp"), ("X-Forwarded-For", "not-an-address"), ("X-Forwarded-For", "999.1.1.1, ::1"),
        ("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT"), ("If-Modified-Since", "yesterday"), ("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT"),
        ("If-None-Match", "*"), ("If-None-Match", "W/\"" + new string('x', 4000) + "\""), ("Accept-Encoding", "br;q=2, gzip;q=-1, *;q=NaN"),
        ("Range", "bytes=999999999-"), ("Host", "<script>alert(1)</script>"),
    ];

    private static readonly string[] Injections = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "<img src=x"];

    private readonly AtlasApplication app = new();

    public void Dispose() => app.Dispose();

    private static string Encode(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task No_bad_value_on_any_route_parameter_or_method_gives_a_server_error_or_reflects_markup()
    {
        app.CreateClient().Dispose();
        var requests = new List<(string Method, string Path, string Query, (string Name, string Value)? Header)>();
        foreach (var (path, parameters) in Routes)
        {
            foreach (var parameter in parameters)
            {
                requests.AddRange(BadValues.Select(v => ("GET", path, $"{parameter}={v}", ((string, string)?)null)));
            }

            requests.Add(("GET", path, string.Join('&', parameters.Select(p => $"{p}=1&{p}=2")), null));
            requests.Add(("GET", path, "unknown=1&" + Encode("<b>") + "=2&=3&&&" + new string('x', 3000), null));
            // The same address in capitals, and each hostile header on it.
            requests.Add(("GET", path.ToUpperInvariant(), "year=1958", null));
            requests.AddRange(BadHeaders.Select(h => ("GET", path, "year=1958", ((string, string)?)h)));
        }

        foreach (var path in PathRoutes)
        {
            requests.AddRange(BadValues.Where(v => v.Length > 0).Select(v => ("GET", path + v, "", ((string, string)?)null)));
        }

        foreach (var method in new[] { "HEAD", "POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "CONNECTX" })
        {
            requests.AddRange(Routes.Select(r => (method, r.Path, "year=" + BadValues[16], ((string, string)?)null)));
        }

        var byClass = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var (method, path, query, header) in requests)
        {
            var context = await app.Server.SendAsync(c =>
            {
                // From loopback, whose forwarded headers are believed: a hostile X-Forwarded-Proto is read, not ignored.
                c.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
                if (header is var (name, value))
                {
                    c.Request.Headers[name] = value;
                }

                c.Request.Method = method;
                c.Request.Path = new PathString(Uri.UnescapeDataString(path));
                c.Request.QueryString = query.Length == 0 ? QueryString.Empty : new QueryString("?" + query);
            });
            var status = context.Response.StatusCode;
            byClass[$"{status / 100}xx"] = byClass.GetValueOrDefault($"{status / 100}xx") + 1;
            var body = await new StreamReader(context.Response.Body, Encoding.UTF8).ReadToEndAsync();
            // The one 5xx a client can ask for: oEmbed's spec answers a format it does not offer with 501 Not Implemented.
            var specified = status == StatusCodes.Status501NotImplemented && path == "/oembed" && query.Contains("format=", StringComparison.Ordinal);
            if (status >= 500 && !specified)
            {
                failures.Add($"{method} {path}?{Shorten(query)} {header}: {status}");
            }

            if (Injections.FirstOrDefault(i => body.Contains(i, StringComparison.Ordinal)) is { } reflected)
            {
                failures.Add($"{method} {path}?{Shorten(query)}: reflects {reflected}");
            }
        }

        File.WriteAllText(Path.Combine(RepositoryRoot.Artifacts("fuzz"), "counts.txt"),
            $"{requests.Count} requests: {string.Join(", ", byClass.Select(c => $"{c.Key} {c.Value}"))}\n");
        Assert.True(requests.Count >= 600, $"only {requests.Count} requests");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
