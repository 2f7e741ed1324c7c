using System.Security.Cryptography;

namespace Backtest.Core.Data;

/// <summary>SHA-256 of a file, as lower-case hex: how a run records exactly which data it read.</summary>
public static class FileHash
{
    /// <summary>The SHA-256 of the file's bytes.</summary>
    public static string Sha256(string path)
    {
        using Stream stream = InputFile.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
