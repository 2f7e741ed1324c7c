using Backtest.Core.Borrow;
using Backtest.Core.Data;
using Backtest.Core.Options;
using Backtest.Core.Parameters;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>
/// Input files that the file system makes unreadable (a named pipe, a loop of links, a folder, no permission, a device)
/// are refused at once, by every reader, with one message naming the file and the reason.
/// </summary>
public partial class InputFileTests
{
    private const string Header = "Date,Open,High,Low,Close,Volume";

    // Long enough for a loaded CI machine; a read that waits on a pipe waits forever, so any bound tells them apart.
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(10);

    private readonly TempFolders _temporary = new();
    private readonly List<string> _unreadable = [];

    [TearDown]
    public void DeleteTemporaryFolders()
    {
        _unreadable.ForEach(FileFaults.MakeReadable);
        _temporary.DeleteAll();
    }

    // Every reader of input files, by name: each must open its file through InputFile.
    private static readonly Dictionary<string, Action<string>> Readers = new()
    {
        ["prices"] = path => PriceCsvReader.Read(path, "NVDA"),
        ["dividends"] = path => DividendCsvReader.Read(path),
        ["splits"] = path => SplitCsvReader.Read(path),
        ["LEAN zip"] = path => LeanDailyReader.Read(path, "NVDA"),
        ["LEAN factor file"] = path => LeanFactorFileReader.Read(path),
        ["borrow table"] = path => BorrowCsvReader.Read(path),
        ["LEAN shortable file"] = path => LeanShortableReader.ReadFile(path, "NVDA"),
        ["option rate file"] = path => RateFile.ByDay(path, [new DateOnly(2025, 10, 1)], 0.04),
        ["preset"] = path => Preset.Load(path),
        ["hash"] = path => FileHash.Sha256(path),
    };

    private static IEnumerable<string> ReaderNames => Readers.Keys;

    [TestCaseSource(nameof(ReaderNames))]
    public void Read_NamedPipe_RefusedAtOnceNamingIt(string reader)
    {
        string pipe = Path.Combine(_temporary.New(), "NVDA.csv");
        FileFaults.MakeNamedPipe(pipe);

        InputException error = RefusedPromptly(pipe, () => Readers[reader](pipe));

        Assert.That(error.Message, Is.EqualTo($"{pipe}: cannot be read: it is a named pipe (FIFO), not a regular file; reading it would wait for a writer, maybe forever."));
    }

    [TestCaseSource(nameof(ReaderNames))]
    public void Read_LinkLoop_RefusedNamingTheLoop(string reader)
    {
        string loop = Path.Combine(_temporary.New(), "NVDA.csv");
        FileFaults.MakeLinkLoop(loop);

        var error = Assert.Throws<InputException>(() => Readers[reader](loop));

        Assert.That(error.Message, Is.EqualTo($"{loop}: cannot be read: it is a symbolic link that loops (following it leads back to a link already followed)."));
    }

    [TestCaseSource(nameof(ReaderNames))]
    public void Read_Folder_RefusedAsAFolder(string reader)
    {
        string folder = Path.Combine(_temporary.New(), "NVDA.csv");
        Directory.CreateDirectory(folder);

        var error = Assert.Throws<InputException>(() => Readers[reader](folder));

        Assert.That(error.Message, Is.EqualTo($"{folder}: cannot be read: it is a folder, not a file."));
    }

    [TestCaseSource(nameof(ReaderNames))]
    public void Read_NoReadPermission_RefusedAsPermissionDenied(string reader)
    {
        string path = CsvText.WriteIn(_temporary.New(), "NVDA.csv", Header, "2024-01-02,10,11,9,10.5,100");
        _unreadable.Add(path);
        FileFaults.MakeUnreadable(path);

        var error = Assert.Throws<InputException>(() => Readers[reader](path));

        Assert.That(error.Message, Does.StartWith($"{path}: cannot be read: permission denied"));
    }

    [Test]
    public void Read_LinkToNothing_NamesWhereItPoints()
    {
        string folder = _temporary.New();
        string link = Path.Combine(folder, "NVDA.csv");
        string target = Path.Combine(folder, "moved", "NVDA.csv");
        File.CreateSymbolicLink(link, target);

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(link, "NVDA"));

        Assert.That(error.Message, Is.EqualTo($"{link}: cannot be read: it is a symbolic link to '{target}', which does not exist."));
    }

    [Test]
    public void Read_MissingFile_SaysItDoesNotExist()
    {
        string path = Path.Combine(_temporary.New(), "NVDA.csv");

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read(path, "NVDA"));

        Assert.That(error.Message, Is.EqualTo($"{path}: cannot be read: it does not exist."));
    }

    [Test]
    public void Read_Device_RefusedWithoutReadingIt()
    {
        // /dev/zero never ends: reading it as prices would fill memory with NUL bytes.
        if (!File.Exists("/dev/zero"))
        {
            Assert.Ignore("no /dev/zero on this system");
        }

        var error = Assert.Throws<InputException>(() => PriceCsvReader.Read("/dev/zero", "NVDA"));

        Assert.That(error.Message, Does.StartWith("/dev/zero: cannot be read: it is a device"));
    }

    [Test]
    public void Read_DiskErrorAfterOpening_IsAnInputErrorNamingTheFile()
    {
        // Linux's /proc/self/mem is a regular file that opens, then fails every read at offset 0 with EIO: a real read error.
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("needs Linux's /proc/self/mem to fail a read for real");
        }

        var error = Assert.Throws<InputException>(() => FileHash.Sha256("/proc/self/mem"));

        Assert.That(error.Message, Is.EqualTo("/proc/self/mem: cannot be read: Input/output error."));
    }

    [Test]
    public void Load_FolderNamedLikeAPriceFile_IsTheTickersFileAndRefusedAsAFolder()
    {
        string data = _temporary.New();
        CsvText.WriteIn(data, "SPY.csv", Header, "2024-01-02,10,11,9,10.5,100");
        Directory.CreateDirectory(Path.Combine(data, "NVDA.csv"));
        var source = new CsvFolderSource(data);

        var error = Assert.Throws<InputException>(() => source.Load("NVDA"));

        Assert.That(source.Tickers, Is.EqualTo(new[] { "NVDA", "SPY" }));
        Assert.That(error.Message, Does.Contain("NVDA.csv: cannot be read: it is a folder, not a file."));
    }

    [Test]
    public void Detect_NamedPipeAmongTextFiles_ReturnsAtOnceWithoutReadingIt()
    {
        string data = _temporary.New();
        CsvText.WriteIn(data, "SPY.csv", Header, "2024-01-02,10,11,9,10.5,100");
        string pipe = Path.Combine(data, "notes.txt");
        FileFaults.MakeNamedPipe(pipe);

        Task<DataFormat> detecting = Task.Run(() => PriceSources.Detect(data));

        Assert.That(Finished(detecting, pipe), Is.True, $"detecting the format of {data} waited on {pipe}");
        Assert.That(detecting.Result, Is.EqualTo(DataFormat.Csv));
    }

    // Runs read on a worker thread and returns what it threw; a read stuck opening the pipe fails the test (after
    // being released by a writer, so that no thread is left waiting).
    private static InputException RefusedPromptly(string pipe, Action read)
    {
        Task<Exception?> reading = Task.Run(() =>
        {
            try
            {
                read();
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        });

        Assert.That(Finished(reading, pipe), Is.True, $"reading {pipe} did not return within {Prompt}: it waited for a writer");
        Assert.That(reading.Result, Is.InstanceOf<InputException>());
        return (InputException)reading.Result!;
    }

    private static bool Finished(Task task, string pipe)
    {
        if (task.Wait(Prompt))
        {
            return true;
        }

        using (new FileStream(pipe, FileMode.Open, FileAccess.Write))
        {
        }

        task.Wait();
        return false;
    }
}
