using Backtest.Core.Parameters;

namespace Backtest.Core.Runs;

/// <summary>The preset files in a list of folders; a preset in an earlier folder hides one of the same name in a later folder.</summary>
public sealed class PresetCatalog
{
    private readonly SortedDictionary<string, string> _paths = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes the <c>.preset</c> files of <paramref name="folders"/> (missing folders are skipped).</summary>
    public PresetCatalog(params string[] folders)
    {
        foreach (string folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (string path in Directory.EnumerateFiles(folder, "*" + Preset.Extension))
            {
                _paths.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            }
        }
    }

    /// <summary>Preset names with their files.</summary>
    public IReadOnlyDictionary<string, string> Paths => _paths;

    /// <summary>Loads the preset named <paramref name="name"/>, or returns null when there is none.</summary>
    public Preset? Load(string name) => _paths.TryGetValue(name, out string? path) ? Preset.Load(path) : null;
}
