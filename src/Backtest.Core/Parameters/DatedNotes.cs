namespace Backtest.Core.Parameters;

/// <summary>Short texts pinned to dates, such as <c>annotation.2025-11-03 = 13F filed</c>, for markers on the figures.</summary>
public sealed class DatedNotes
{
    private readonly SortedDictionary<DateOnly, string> _notes;

    /// <summary>No notes.</summary>
    public DatedNotes()
        : this(new SortedDictionary<DateOnly, string>())
    {
    }

    private DatedNotes(SortedDictionary<DateOnly, string> notes) => _notes = notes;

    /// <summary>The notes by date.</summary>
    public IReadOnlyDictionary<DateOnly, string> Notes => _notes;

    /// <summary>A copy with <paramref name="text"/> on <paramref name="date"/> (replacing one already there).</summary>
    public DatedNotes With(DateOnly date, string text) => new(new SortedDictionary<DateOnly, string>(_notes) { [date] = text });
}
