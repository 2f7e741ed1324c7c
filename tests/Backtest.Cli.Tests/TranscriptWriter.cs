using System.Text;

namespace Backtest.Cli.Tests;

/// <summary>
/// A console stream's writer in tests: keeps the stream's own text and adds it to a transcript shared with the other
/// stream, so that a test sees standard output and standard error apart and, in the transcript, in the order written.
/// </summary>
/// <param name="transcript">Both streams; locked while written, as a sweep's threads may write beside the main one.</param>
internal sealed class TranscriptWriter(StringBuilder transcript) : TextWriter
{
    private readonly StringBuilder _own = new();

    /// <inheritdoc/>
    public override Encoding Encoding => Encoding.Unicode;

    /// <inheritdoc/>
    public override void Write(char value) => Write(value.ToString());

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        lock (transcript)
        {
            _own.Append(value);
            transcript.Append(value);
        }
    }

    /// <summary>What this stream was given.</summary>
    public override string ToString()
    {
        lock (transcript)
        {
            return _own.ToString();
        }
    }
}
