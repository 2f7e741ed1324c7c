using System.Security.Cryptography;
using System.Text;
using Backtest.Core.Results;
using Backtest.Core.Runs;

namespace Backtest.Core.Sweeps;

/// <summary>A short id of everything that determines a sweep's rows: the base run's inputs (as <see cref="RunIdentity"/>) and the grid.</summary>
public static class SweepIdentity
{
    /// <summary>The first 8 hex digits of the SHA-256 of the strategy, every base parameter value, the window, the data hashes and every grid value.</summary>
    public static string Of(RunPlan basePlan, SweepGrid grid)
    {
        var text = new StringBuilder("sweep\n");
        text.Append(basePlan.Strategy.Name).Append('\n');
        foreach ((string name, string value) in RunRecord.ParameterValues(basePlan))
        {
            text.Append(name).Append('=').Append(value).Append('\n');
        }

        text.Append(ResultText.Date(basePlan.Panel.Dates[0])).Append("..").Append(ResultText.Date(basePlan.Panel.Dates[^1])).Append('\n');
        foreach (var file in basePlan.Files)
        {
            text.Append(file.Sha256).Append('\n');
        }

        foreach (GridAxis axis in grid.Axes)
        {
            text.Append("grid ").Append(axis.Name).Append('=').AppendJoin('\u001f', axis.Values).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..8];
    }
}
