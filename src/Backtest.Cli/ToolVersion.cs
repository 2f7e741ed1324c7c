using System.Reflection;

namespace Backtest.Cli;

/// <summary>What <c>backtest --version</c> prints: the version and the commit it was built from.</summary>
public static class ToolVersion
{
    /// <summary>The informational version as built: <c>0.1.0+1a2b3c4d5e6f</c>, or <c>0.1.0</c> outside a git checkout.</summary>
    public static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>One line: <c>backtest 0.1.0 (commit 1a2b3c4d5e6f)</c>.</summary>
    public static string Text
    {
        get
        {
            int plus = Informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? $"backtest {Informational}" : $"backtest {Informational[..plus]} (commit {Informational[(plus + 1)..]})";
        }
    }
}
