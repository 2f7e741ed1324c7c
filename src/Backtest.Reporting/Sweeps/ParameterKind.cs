namespace Backtest.Reporting.Sweeps;

/// <summary>What a swept parameter's values are, which decides how they are ordered and drawn.</summary>
internal enum ParameterKind
{
    /// <summary>Every value is a number: sorted, drawn on a numeric axis.</summary>
    Number,

    /// <summary>Every value is a date yyyy-MM-dd: sorted, drawn on a date axis.</summary>
    Date,

    /// <summary>Anything else (monthly, true): kept in grid order, drawn as categories.</summary>
    Word,
}
