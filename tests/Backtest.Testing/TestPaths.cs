using NUnit.Framework;

namespace Backtest.Testing;

/// <summary>Where the repository and the shared real data are, seen from a test.</summary>
public static class TestPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds Backtest.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The real daily prices beside the project root (<c>../shared/data</c>), present in CI but not in a fresh clone elsewhere.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    /// <summary>The main real data set (split-adjusted Yahoo daily bars with dividends).</summary>
    public static string YahooDaily => Path.Combine(SharedData, "yahoo-daily");

    /// <summary>The extension set (2024-12 to 2026-08, columns in another order).</summary>
    public static string Extension2026 => Path.Combine(SharedData, "extension-2026");

    /// <summary>Ignores the calling test, with a clear message, when the shared real data is not there.</summary>
    public static void RequireSharedData()
    {
        if (!Directory.Exists(YahooDaily) || !Directory.Exists(Extension2026))
        {
            Assert.Ignore($"needs the real prices in ../shared/data beside the project root ({SharedData}); absent here, so this test is skipped");
        }
    }

    /// <summary>A new empty folder under the system's temporary folder.</summary>
    public static string NewTempFolder()
    {
        string path = Path.Combine(Path.GetTempPath(), "backtest-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepoRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Backtest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Backtest.sln above {AppContext.BaseDirectory}");
    }
}
