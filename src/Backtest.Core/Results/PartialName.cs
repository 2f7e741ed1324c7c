using System.Globalization;
using System.Text.RegularExpressions;

namespace Backtest.Core.Results;

/// <summary>
/// The hidden name a folder has while a process fills it, <c>.&lt;name&gt;.partial-&lt;pid&gt;@&lt;host&gt;</c>: hidden so
/// that nobody takes it for a result, and naming its writer so that a later process can tell a dead writer's leftovers
/// from a live one's work (the host, because a results folder on a shared disk is written from several machines).
/// </summary>
/// <param name="Name">The name the folder gets when complete.</param>
/// <param name="ProcessId">The writing process.</param>
/// <param name="Host">The writer's machine, or empty in names written before the host was added.</param>
public sealed partial record PartialName(string Name, int ProcessId, string Host)
{
    /// <summary>This machine's name as it appears in a partial name (letters, digits, '-' and '_' only).</summary>
    public static string ThisHost { get; } = HostText(Environment.MachineName);

    /// <summary>The partial name this process gives a folder that will be <paramref name="name"/>.</summary>
    public static PartialName For(string name) => new(name, Environment.ProcessId, ThisHost);

    /// <summary>Reads a file or folder name written by <see cref="ToString"/>, or by an older version (no host); null for any other name.</summary>
    public static PartialName? Parse(string fileName)
    {
        Match m = Pattern().Match(fileName);
        return m.Success && int.TryParse(m.Groups["pid"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
            ? new PartialName(m.Groups["name"].Value, pid, m.Groups["host"].Value)
            : null;
    }

    /// <summary>Whether the writer is this machine (or unknown, as in older names).</summary>
    public bool IsThisHost => Host.Length == 0 || Host == ThisHost;

    /// <inheritdoc/>
    public override string ToString() => $".{Name}.partial-{ProcessId.ToString(CultureInfo.InvariantCulture)}@{Host}";

    private static string HostText(string machine)
    {
        string text = new([.. machine.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return text.Length == 0 ? "localhost" : text;
    }

    // A sweep's work folder (.sweep-<id>.partial) ends without a process id: it is kept for --resume and never matches.
    [GeneratedRegex(@"^\.(?<name>.+)\.partial-(?<pid>[0-9]{1,10})(@(?<host>[A-Za-z0-9_-]+))?$")]
    private static partial Regex Pattern();
}
