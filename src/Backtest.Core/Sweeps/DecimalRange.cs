using System.Collections;
using System.Globalization;

namespace Backtest.Core.Sweeps;

/// <summary>
/// The values of a <c>START:STOP:STEP</c> grid as text, START + k x STEP in decimal arithmetic (exact in the decimals
/// typed), without trailing zeros; computed when read, so that a million steps take no memory.
/// </summary>
internal sealed class DecimalRange : IReadOnlyList<string>
{
    private readonly decimal _start;
    private readonly decimal _step;

    public DecimalRange(decimal start, decimal step, int count)
    {
        _start = start;
        _step = step;
        Count = count;
    }

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public string this[int index] =>
        (uint)index < (uint)Count
            ? (_start + (index * _step)).ToString("0.############################", CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator()
    {
        for (int k = 0; k < Count; k++)
        {
            yield return this[k];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
