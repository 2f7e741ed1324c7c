namespace Backtest.Core.Data.Checks;

/// <summary>How bad a finding is, and a ticker's verdict: the worst of its findings, ordered so that a larger value is worse.</summary>
public enum Severity
{
    /// <summary>Nothing found: a backtest can use the file as it is.</summary>
    Ok = 0,

    /// <summary>Worth a look, but a backtest on the file is still right (a missing day, a large real move).</summary>
    Warn = 1,

    /// <summary>A backtest on the file would be wrong (a placeholder bar, a split-like jump, a file that does not load).</summary>
    Fail = 2,
}
