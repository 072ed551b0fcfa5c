namespace IndustrialAtlas.Content.Tests;

/// <summary>Content that would crash, bloat or turn the atlas is a problem at its line, never an exception.</summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("atlas-hostile-").FullName;

    public HostileContentTests()
    {
        FixtureFiles.WriteTaxonomies(root);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>The line of the fixture's first body paragraph, where a replaced paragraph starts.</summary>
    private static readonly int ParagraphLine = LineOf(l => l.StartsWith("The body is", StringComparison.Ordinal));

    private static int LineOf(Predicate<string> match) => Array.FindIndex(FixtureFiles.Read("valid.md").Split('\n'), match) + 1;

    private static string Body(string markdown) => FixtureFiles.Read("valid.md").Replace("The body is **Markdown**.", markdown, StringComparison.Ordinal);

    [Fact]
    public void Block_quotes_nested_past_the_renderers_limit_are_a_problem_at_the_body()
    {
        var (profile, diagnostics) = FixtureFiles.Parse(Body(new string('>', 130) + " deep"));

        Assert.Null(profile);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(LineOf(l => l == "## History"), problem.Line);
        Assert.Contains("Markdown the renderer refuses", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_nested_forty_thousand_deep_is_a_problem_not_a_stack_overflow()
    {
        var text = FixtureFiles.ValidWith("summary:", "summary: " + new string('[', 40_000) + new string(']', 40_000));

        var (profile, diagnostics) = FixtureFiles.Parse(text);

        Assert.Null(profile);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(12, problem.Line);
        Assert.Contains("YAML nested more than 32 levels deep", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[run](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[img](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("[vb](vbscript:msgbox)", "vbscript:msgbox")]
    [InlineData("[spaced]( JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)")]
    [InlineData("![pic](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("[ref][r]\n\n[r]: javascript:alert(1)\n\nEnd.", "javascript:alert(1)")]
    public void A_link_to_any_scheme_but_the_webs_and_mail_is_a_problem(string markdown, string url)
    {
        var (profile, diagnostics) = FixtureFiles.Parse(Body("Text.\n\n" + markdown));

        Assert.Null(profile);
        Assert.Contains(diagnostics, d => d.Line == ParagraphLine + 2 && d.Message.Contains($"link to '{url}'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[web](https://example.org/a)")]
    [InlineData("[mail](mailto:editor@example.org)")]
    [InlineData("[anchor](#history)")]
    [InlineData("[page](/cities/valid)")]
    [InlineData("<https://example.org>")]
    public void Links_to_the_web_mail_the_site_and_the_page_are_rendered(string markdown)
    {
        var (profile, diagnostics) = FixtureFiles.Parse(Body(markdown));

        Assert.Empty(diagnostics);
        Assert.Contains("<a href=", profile!.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_over_the_size_limit_is_a_problem_and_not_read()
    {
        File.WriteAllText(Path.Combine(root, "cities", "valid.md"), Body(new string('x', ContentLoader.MaxProfileBytes)));

        var result = ContentLoader.Load(root);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(("cities/valid.md", 1), (problem.File, problem.Line));
        Assert.Contains("it may be at most 256 KB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_folder_without_city_profiles_is_a_problem_not_an_empty_edition()
    {
        var result = ContentLoader.Load(root);

        Assert.Null(result.Set);
        Assert.Contains(result.Diagnostics, d => d.File == "cities/" && d.Message.Contains("no city profiles", StringComparison.Ordinal));

        Directory.Delete(Path.Combine(root, "cities"));
        Assert.Contains(ContentLoader.Load(root).Diagnostics, d => d.Message.Contains("no city profiles", StringComparison.Ordinal));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_a_problem_at_their_line_not_replacement_characters()
    {
        var text = FixtureFiles.Read("valid.md");
        var bytes = System.Text.Encoding.UTF8.GetBytes(text.Replace("The body is **Markdown**.", "The body is \u0001MARK\u0001.", StringComparison.Ordinal));
        var at = bytes.AsSpan().IndexOf("\u0001MARK"u8);
        bytes[at] = 0xC3; // a lead byte without its continuation
        bytes[at + 1] = 0x28;
        File.WriteAllBytes(Path.Combine(root, "cities", "valid.md"), bytes);

        var result = ContentLoader.Load(root);

        Assert.Null(result.Set);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(("cities/valid.md", ParagraphLine), (problem.File, problem.Line));
        Assert.Contains("0xC3", problem.Message, StringComparison.Ordinal);
        Assert.Contains("is not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_read_as_nothing()
    {
        File.WriteAllBytes(Path.Combine(root, "cities", "valid.md"), [.. "\uFEFF"u8, .. System.Text.Encoding.UTF8.GetBytes(FixtureFiles.Read("valid.md"))]);

        Assert.Empty(ContentLoader.Load(root).Diagnostics);
    }

    [Fact]
    public void An_oversized_taxonomy_is_a_problem_and_not_read()
    {
        File.AppendAllText(Path.Combine(root, "eras.yml"), "\n# " + new string('x', ContentFile.MaxTaxonomyBytes) + "\n");
        File.WriteAllText(Path.Combine(root, "cities", "valid.md"), FixtureFiles.Read("valid.md"));

        var result = ContentLoader.Load(root);

        Assert.Null(result.Set);
        Assert.Contains(result.Diagnostics, d => d.File == "eras.yml" && d.Line == 1 && d.Message.Contains("it may be at most 1,024 KB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_taxonomy_that_is_a_symbolic_link_in_a_loop_is_a_problem_not_a_crash()
    {
        File.Delete(Path.Combine(root, "eras.yml"));
        File.CreateSymbolicLink(Path.Combine(root, "eras.yml"), Path.Combine(root, "loop.yml"));
        File.CreateSymbolicLink(Path.Combine(root, "loop.yml"), Path.Combine(root, "eras.yml"));
        File.WriteAllText(Path.Combine(root, "cities", "valid.md"), FixtureFiles.Read("valid.md"));

        var result = ContentLoader.Load(root);

        Assert.Null(result.Set);
        Assert.Contains(result.Diagnostics, d => d.File == "eras.yml" && d.Line == 1 && d.Message.Contains("cannot be followed", StringComparison.Ordinal));
        // The profiles are not read against a missing taxonomy: one line says so, not a problem for every era named.
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Contains(result.Diagnostics, d => d.File == "cities/" && d.Message.Contains("not checked, as eras.yml could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_profile_linked_from_outside_the_content_folder_is_a_problem_and_one_inside_is_read()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"atlas-outside-{Guid.NewGuid():N}.md");
        File.WriteAllText(outside, FixtureFiles.Read("valid.md"));
        try
        {
            File.CreateSymbolicLink(Path.Combine(root, "cities", "valid.md"), outside);

            var problem = Assert.Single(ContentLoader.Load(root).Diagnostics);
            Assert.Equal(("cities/valid.md", 1), (problem.File, problem.Line));
            Assert.Contains("outside the content folder", problem.Message, StringComparison.Ordinal);

            File.Delete(Path.Combine(root, "cities", "valid.md"));
            File.Copy(outside, Path.Combine(root, "kept.md"));
            File.CreateSymbolicLink(Path.Combine(root, "cities", "valid.md"), Path.Combine(root, "kept.md"));
            Assert.Empty(ContentLoader.Load(root).Diagnostics);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [SkippableFact]
    public void A_pipe_among_the_profiles_is_a_problem_and_never_opened()
    {
        File.WriteAllText(Path.Combine(root, "cities", "valid.md"), FixtureFiles.Read("valid.md"));
        var pipe = Path.Combine(root, "cities", "pipe.md");
        var made = MakeFifo(pipe);
        Skip.If(made is not null, $"no named pipe can be made here: {made}");

        // Opening a pipe for reading waits for a writer that never comes: the load must finish without doing so.
        var load = Task.Run(() => ContentLoader.Load(root));
        var result = load.Wait(TimeSpan.FromMinutes(1)) ? load.Result : throw new TimeoutException("the load opened the pipe and waited");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(("cities/pipe.md", 1), (problem.File, problem.Line));
        Assert.Contains("not a plain file", problem.Message, StringComparison.Ordinal);
    }

    private static string? MakeFifo(string path)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : error;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return e.Message;
        }
    }
}
