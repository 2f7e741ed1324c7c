using System.Diagnostics;
using Backtest.Core.Data;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>A line longer than <see cref="InputFile.MaxLineBytes"/> is refused after reading about that much, quickly and in little memory.</summary>
public partial class InputFileTests
{
    [Test]
    public void Read_OneLineOf200MB_RefusedWithinSecondsInLittleMemoryWithAShortMessage()
    {
        // What a user found: a 200 MB file of one line took 91 s and 6.4 GB, and the message echoed the whole line.
        string path = Path.Combine(_temporary.New(), "NVDA.csv");
        FileFaults.WriteOneHugeLine(path, string.Empty, 200L << 20);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "NVDA"));

        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.That(error.Message, Does.StartWith($"{path}, line 1: the line is longer than 1 MiB (1,048,576 bytes)"));
        Assert.That(error.Message, Has.Length.LessThan(path.Length + 200), error.Message);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
        Assert.That(allocated, Is.LessThan(32L << 20), "bytes allocated reading the file");
    }

    [Test]
    public void Read_HugeLineAfterTheHeader_NamesItsLine()
    {
        string path = Path.Combine(_temporary.New(), "NVDA.csv");
        FileFaults.WriteOneHugeLine(path, Header + "\n2024-01-02,10,11,9,10.5,100\n", 3L << 20);

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "NVDA"));

        Assert.That(error.Message, Does.StartWith($"{path}, line 3: the line is longer than 1 MiB"));
    }

    [Test]
    public void ReadLines_LineOfExactlyTheLimit_IsRead()
    {
        string path = WriteLines("first", new string('x', InputFile.MaxLineBytes), "last");

        string[] lines = [.. InputFile.ReadLines(path)];

        Assert.That(lines.Select(l => l.Length), Is.EqualTo(new[] { 5, InputFile.MaxLineBytes, 4 }));
    }

    [Test]
    public void ReadLines_LineOneByteOverTheLimit_IsRefusedNamingItsLine()
    {
        string path = WriteLines("first", new string('x', InputFile.MaxLineBytes + 1), "last");

        var error = Assert.Throws<InputException>(() => InputFile.ReadLines(path).ToArray());

        Assert.That(error.Message, Does.StartWith($"{path}, line 2: the line is longer than 1 MiB"));
    }

    [Test]
    public void ReadLines_LastLineOverTheLimitWithoutALineBreak_IsRefused()
    {
        string path = Path.Combine(_temporary.New(), "factors.csv");
        File.WriteAllText(path, "20240102,1,1\n" + new string('9', InputFile.MaxLineBytes + 1));

        var error = Assert.Throws<InputException>(() => LeanFactorFileReader.Read(path));

        Assert.That(error.Message, Does.StartWith($"{path}, line 2: the line is longer than 1 MiB"));
    }

    [Test]
    public void Read_StrayQuoteEarlyInALargeFile_FailsAtItsLineWithoutHoldingTheRest()
    {
        // An unclosed quote may not run on over line breaks: it would make the next 20 MB one record, held in memory.
        string path = Path.Combine(_temporary.New(), "NVDA.csv");
        using (var writer = new StreamWriter(path))
        {
            writer.Write(Header + "\n2024-01-02,10,11,9,10.5,100\n2024-01-03,\"10,11,9,10.5,100\n");
            for (int k = 0; k < 700_000; k++)
            {
                writer.Write("2024-01-04,10,11,9,10.5,100\n");
            }
        }

        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "NVDA"));

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, Is.LessThan(8L << 20), "bytes allocated reading the file");
        Assert.That(error.Message, Is.EqualTo($"{path}, line 3: expected 6 fields as in the header, found 2."));
    }

    private string WriteLines(params string[] lines)
    {
        string path = Path.Combine(_temporary.New(), "lines.txt");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
