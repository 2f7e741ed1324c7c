namespace Backtest.Testing;

/// <summary>Temporary folders a test fixture makes and deletes again in its tear-down.</summary>
public sealed class TempFolders
{
    private readonly List<string> _folders = [];

    /// <summary>A new empty folder, deleted by <see cref="DeleteAll"/>.</summary>
    public string New()
    {
        string folder = TestPaths.NewTempFolder();
        _folders.Add(folder);
        return folder;
    }

    /// <summary>Deletes every folder made so far.</summary>
    public void DeleteAll()
    {
        foreach (string folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        _folders.Clear();
    }
}
