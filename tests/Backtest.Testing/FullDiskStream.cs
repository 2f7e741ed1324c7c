namespace Backtest.Testing;

/// <summary>A file on a <see cref="FullDisk"/>: its writes go through to the real file until the disk's room is used up.</summary>
internal sealed class FullDiskStream(FullDisk disk, string path, Stream file) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int fits = disk.Take(buffer.Length);
        file.Write(buffer[..fits]);
        if (fits < buffer.Length)
        {
            throw disk.Failure(path);
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => file.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
