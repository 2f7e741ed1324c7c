namespace Backtest.Core.Data;

/// <summary>A file a run read, with its SHA-256, so that a result records exactly what produced it.</summary>
/// <param name="Path">The path as the user gave it (folder plus file name).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record DataFile(string Path, string Sha256);
