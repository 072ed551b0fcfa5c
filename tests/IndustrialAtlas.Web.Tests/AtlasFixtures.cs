namespace IndustrialAtlas.Web.Tests;

/// <summary>One app for a test class that only reads.</summary>
public sealed class AtlasFixture : IDisposable
{
    public AtlasApplication App { get; } = new();

    public void Dispose() => App.Dispose();
}

/// <summary>One app over a copy of the checkout's real content.</summary>
public sealed class RealContentFixture : IDisposable
{
    public AtlasApplication App { get; } = new(AtlasApplication.RepositoryContent);

    public void Dispose() => App.Dispose();
}
