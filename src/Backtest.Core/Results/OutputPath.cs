namespace Backtest.Core.Results;

/// <summary>
/// The folders results are written under, kept inside the <c>--out</c> root: a name taken from a file or a parameter
/// (a preset's file name, a sweep's label) becomes one plain folder name or is refused, and a folder below the root is
/// never a link to somewhere else.
/// </summary>
public static class OutputPath
{
    /// <summary>
    /// <c>root/name</c>, after checking that <paramref name="root"/> is not empty, that <paramref name="name"/> is a plain
    /// name (see <see cref="CheckName"/>) and that <c>root/name</c>, if it exists, is a real folder and not a link.
    /// </summary>
    public static string Under(string root, string name, string origin)
    {
        if (string.IsNullOrWhiteSpace(root))
        {
            throw OutputErrors.EmptyRoot();
        }

        CheckName(name, origin);
        string path = Path.Combine(root, name);
        var info = new DirectoryInfo(path);
        if (info.LinkTarget is { } target)
        {
            throw OutputErrors.LinkedFolder(path, target);
        }

        if (File.Exists(path))
        {
            throw OutputErrors.InTheWay(path, "a folder");
        }

        return path;
    }

    /// <summary>
    /// Throws unless <paramref name="name"/> can be one folder name under the root: not empty, not <c>.</c> or <c>..</c>,
    /// no separator or control character, and no leading dot (hidden names are the temporary folders'). The message names
    /// <paramref name="origin"/> (the preset file, the sweep.json) the name came from.
    /// </summary>
    public static void CheckName(string name, string origin)
    {
        string? why = name switch
        {
            "" => "it is empty",
            _ when string.IsNullOrWhiteSpace(name) => "it is blank",
            _ when name.StartsWith('.') => "it starts with a dot (a hidden or parent folder)",
            _ when name.IndexOfAny(['/', '\\']) >= 0 => "it holds a path separator",
            _ when name.Any(char.IsControl) => "it holds a control character",
            _ when name.Length > 200 => "it is longer than 200 characters",
            _ => null,
        };
        if (why is not null)
        {
            throw OutputErrors.BadName(name, origin, why);
        }
    }
}
