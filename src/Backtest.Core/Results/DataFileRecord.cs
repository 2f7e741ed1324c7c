namespace Backtest.Core.Results;

/// <summary>One data file in <c>run.json</c>.</summary>
/// <param name="Path">Its path.</param>
/// <param name="Sha256">Its SHA-256.</param>
public sealed record DataFileRecord(string Path, string Sha256);
