namespace Backtest.Core.Engine;

/// <summary>A notable thing that happened on a day of the run, in words for the user.</summary>
/// <remarks>
/// The words are written when first read: a sweep's runs log margin calls by the thousand and read none of them, and
/// formatting their amounts cost a fifth of such a sweep.
/// </remarks>
public sealed class RunEvent
{
    private readonly Func<string>? _describe;
    private string? _message;

    /// <summary>An event with its message.</summary>
    /// <param name="day">The day's index in the run.</param>
    /// <param name="kind">What kind of thing.</param>
    /// <param name="message">What happened, in a sentence.</param>
    public RunEvent(int day, RunEventKind kind, string message)
    {
        Day = day;
        Kind = kind;
        _message = message;
    }

    /// <summary>An event whose message <paramref name="describe"/> writes when it is first read.</summary>
    internal RunEvent(int day, RunEventKind kind, Func<string> describe)
    {
        Day = day;
        Kind = kind;
        _describe = describe;
    }

    /// <summary>The day's index in the run.</summary>
    public int Day { get; }

    /// <summary>What kind of thing.</summary>
    public RunEventKind Kind { get; }

    /// <summary>What happened, in a sentence.</summary>
    public string Message => _message ??= _describe!();
}
