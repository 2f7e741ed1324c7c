using System.Security.Cryptography;

namespace Backtest.Reporting.Tests.Support;

/// <summary>Every file under a folder, by path relative to it, with its SHA-256.</summary>
internal static class FolderSnapshot
{
    /// <summary>Relative path (with '/') to the lower-case hex SHA-256 of the file, in ordinal path order.</summary>
    public static SortedDictionary<string, string> Of(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
            files[relative] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }

        return files;
    }

    /// <summary>Copies <paramref name="source"/> and everything under it to <paramref name="target"/>.</summary>
    public static void Copy(string source, string target)
    {
        foreach (string path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(target, Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(path, copy);
        }
    }
}
