using System.Security.Cryptography;
using System.Text;
using Backtest.Core.Runs;

namespace Backtest.Core.Results;

/// <summary>A short id derived from everything that determines a run's numbers: same inputs, same id.</summary>
public static class RunIdentity
{
    /// <summary>The first 8 hex digits of the SHA-256 of the strategy, every parameter value, the window and the data hashes.</summary>
    public static string Of(RunPlan plan)
    {
        var text = new StringBuilder();
        text.Append(plan.Strategy.Name).Append('\n');
        foreach ((string name, string value) in RunRecord.ParameterValues(plan))
        {
            text.Append(name).Append('=').Append(value).Append('\n');
        }

        text.Append(plan.Panel.Dates[0].ToString("yyyy-MM-dd")).Append("..").Append(plan.Panel.Dates[^1].ToString("yyyy-MM-dd")).Append('\n');
        if (plan.Scenario is { } scenario)
        {
            // The synthetic prices follow from the analog, its start and the betas: the data hashes and dates alone do not say which betas.
            text.Append(scenario.Analog).Append(' ').Append(scenario.Start).Append(' ').Append(scenario.BetaRule).Append('\n');
        }

        foreach (var file in plan.Files)
        {
            text.Append(file.Sha256).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..8];
    }
}
