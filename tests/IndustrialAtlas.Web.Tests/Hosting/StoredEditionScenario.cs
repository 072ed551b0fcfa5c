using Microsoft.Data.Sqlite;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>A fixture app that has stored its edition, and the store and content copied aside for a second app to open.</summary>
public abstract class StoredEditionScenario : IDisposable
{
    private readonly string kept = Directory.CreateTempSubdirectory("atlas-store-").FullName;

    /// <summary>The app that stores the fixture's edition before the test opens the copy.</summary>
    protected AtlasApplication First { get; } = new();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            First.Dispose();
            TestFiles.DeleteQuietly(kept);
        }
    }

    /// <summary>A store holding the fixture's edition and a copy of its content, kept after the app that made them stops.</summary>
    protected (string File, string Content) StoredEdition()
    {
        First.CreateClient().Dispose();
        SqliteConnection.ClearAllPools();
        var file = Path.Combine(kept, "atlas.db");
        File.Copy(First.DatabasePath, file);
        TestFiles.CopyDirectory(First.ContentPath, Path.Combine(kept, "content"));
        return (file, Path.Combine(kept, "content"));
    }

    protected static AtlasApplication On(string connection, string content)
    {
        var app = new AtlasApplication(content);
        app.Settings["ConnectionStrings:Atlas"] = connection;
        return app;
    }
}
