namespace Backtest.Core.Data;

/// <summary>
/// The bytes of an input file as its readers see them: a failure to read is an <see cref="InputException"/> naming the
/// file, and, for text, a line longer than <see cref="InputFile.MaxLineBytes"/> stops the reading.
/// </summary>
/// <remarks>
/// The limit is kept here, under every reader, rather than in each of them: CsvHelper and StreamReader both grow their
/// buffers to hold a whole line, so a check after they return would come after the memory was spent.
/// </remarks>
internal sealed class InputStream : Stream
{
    private readonly Stream _inner;
    private readonly string _name;
    private readonly bool _limitLines;
    private long _lineBytes;
    private int _line = 1;

    /// <summary>Reads <paramref name="inner"/>, named <paramref name="name"/> in messages, with lines limited or not.</summary>
    public InputStream(Stream inner, string name, bool limitLines)
    {
        _inner = inner;
        _name = name;
        _limitLines = limitLines;
    }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    /// <remarks>Text is read from start to end only, so lines are counted right.</remarks>
    public override bool CanSeek => !_limitLines && _inner.CanSeek;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => CanSeek ? _inner.Length : throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => CanSeek ? _inner.Position : throw new NotSupportedException();
        set => Seek(value, SeekOrigin.Begin);
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _inner.Read(buffer);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw InputFileErrors.ReadFailed(_name, e);
        }

        if (_limitLines)
        {
            CountLines(buffer[..read]);
        }

        return read;
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => CanSeek ? _inner.Seek(offset, origin) : throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    // A line ends at '\n' (a '\r' before it counts as one of its bytes); the line number is for the message.
    private void CountLines(ReadOnlySpan<byte> bytes)
    {
        int end;
        while ((end = bytes.IndexOf((byte)'\n')) >= 0)
        {
            _lineBytes += end;
            CheckLine();
            _lineBytes = 0;
            _line++;
            bytes = bytes[(end + 1)..];
        }

        _lineBytes += bytes.Length;
        CheckLine();
    }

    private void CheckLine()
    {
        if (_lineBytes > InputFile.MaxLineBytes)
        {
            throw InputFileErrors.LineTooLong(_name, _line);
        }
    }
}
