namespace Backtest.Benchmarks;

/// <summary>Finds the real prices in ../shared/data beside the repository, which the benchmarks run on.</summary>
internal static class SharedData
{
    /// <summary>The yahoo-daily folder.</summary>
    public static string YahooDaily()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "..", "shared", "data", "yahoo-daily");
            if (File.Exists(Path.Combine(dir.FullName, "Backtest.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("the benchmarks need ../shared/data/yahoo-daily beside the repository");
    }
}
