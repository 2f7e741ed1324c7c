namespace Backtest.Core.Results;

/// <summary>The messages for output that cannot be written where it was asked, in one place.</summary>
public static class OutputErrors
{
    /// <summary>A new folder (a run, a comparison, a sweep) that could not be written; nothing of it is left.</summary>
    public static InputException CannotWrite(string folder, string why) =>
        new($"cannot write results to '{folder}': {why}. Nothing was written.");

    /// <summary>A report that could not be drawn again; the old report and figures are as they were.</summary>
    public static InputException CannotReplace(string folder, string why) =>
        new($"cannot write the report of '{folder}': {why}. Its report and figures are as they were.");

    /// <summary>An empty <c>--out</c>, which would put results in whatever folder the command runs in.</summary>
    public static InputException EmptyRoot() =>
        new("--out is empty: name the folder results go under, or leave --out out to use 'results'.");

    /// <summary>A name from a file or parameter that would leave the output folder or hide among the temporary folders.</summary>
    public static InputException BadName(string name, string origin, string why) =>
        new($"{origin}: '{Shown(name)}' cannot name a folder of results: {why}. Use letters, digits, '-', '_' and inner dots.");

    /// <summary>A link where a folder of results should be: writing through it would put files outside the results.</summary>
    public static InputException LinkedFolder(string path, string target) =>
        new($"'{path}' is a symbolic link (to '{target}'); backtest writes results only into real folders. Remove the link, or name its target with --out.");

    /// <summary>A file where a folder of results should be, or a folder where a file should be.</summary>
    public static InputException InTheWay(string path, string expected) =>
        new($"'{path}' is in the way: expected {expected}. Move it aside and try again.");

    /// <summary>A partial folder named as a results folder.</summary>
    public static InputException Unfinished(string folder) =>
        new($"'{folder}' is the unfinished folder of a run that was stopped (or is still running), not a result; run it again.");

    // A name is quoted as far as it can be read: control characters escaped, at most 100 characters.
    private static string Shown(string name)
    {
        string text = string.Concat(name.Take(100).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return name.Length > 100 ? text + "..." : text;
    }
}
