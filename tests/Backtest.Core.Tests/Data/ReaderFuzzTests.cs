using System.Globalization;
using System.Text;
using Backtest.Core.Borrow;
using Backtest.Core.Data;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>
/// Valid files with their bytes damaged at random (seeded, so every case can be run again): each reader loads the file
/// or refuses it with an <see cref="InputException"/> whose message quotes little of it, and never throws anything else.
/// </summary>
public class ReaderFuzzTests
{
    /// <summary>Damaged price files per run.</summary>
    public const int PriceCases = 3000;

    /// <summary>Damaged dividend files per run.</summary>
    public const int DividendCases = 1000;

    /// <summary>Damaged borrow tables per run.</summary>
    public const int BorrowCases = 1000;

    /// <summary>Damaged LEAN shortable files per run.</summary>
    public const int ShortableCases = 1000;

    /// <summary>Every case of a run, the number reported.</summary>
    public const int AllCases = PriceCases + DividendCases + BorrowCases + ShortableCases;

    // Case k uses the random numbers of Seed + k, so a failing case is replayed alone.
    private const int Seed = 20_260_115;

    // What a message may hold besides the file's path: the longest fixed text plus a quoted excerpt, with room to spare.
    private const int MessageBudget = 500;

    private readonly TempFolders _temporary = new();

    [TearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void PriceCsv_3000DamagedFiles_LoadOrFailAsInputErrors() =>
        Fuzz(PriceCases, "NVDA.csv", ValidPrices(), path => PriceCsvReader.Read(path, "NVDA"));

    [Test]
    public void DividendCsv_1000DamagedFiles_LoadOrFailAsInputErrors() =>
        Fuzz(DividendCases, "NVDA_dividends.csv", Encoding.ASCII.GetBytes(
            "Date,Dividend\n2024-03-05,0.04\n2024-06-11,0.01\n2024-09-12,0.01\n2024-12-05,0.01\n2025-03-12,0.01\n"),
            path => DividendCsvReader.Read(path));

    [Test]
    public void BorrowTable_1000DamagedFiles_LoadOrFailAsInputErrors() =>
        Fuzz(BorrowCases, "borrow.csv", Encoding.ASCII.GetBytes(
            "Date,Ticker,Fee,Rebate,Available\n2025-10-01,PLTR,0.0025,0.0400,5000000\n2026-01-15,PLTR,0.35,-0.30,20000\n" +
            "2026-02-02,PLTR,0.12,,\n2025-10-01,NVDA,0.003,0.041,\n2026-03-02,NVDA,,,0\n"),
            path => BorrowCsvReader.Read(path));

    [Test]
    public void LeanShortableFile_1000DamagedFiles_LoadOrFailAsInputErrors() =>
        Fuzz(ShortableCases, "pltr.csv", Encoding.ASCII.GetBytes(
            "# PLTR at the test brokerage\n20251001,5000000,4.0000,0.2500\n20260115,20000,-30.0000,35.0000\n20260202,150000,,12.0\n20260302,0\n"),
            path => LeanShortableReader.ReadFile(path, "PLTR"));

    private void Fuzz(int cases, string name, byte[] valid, Action<string> read)
    {
        string path = Path.Combine(_temporary.New(), name);
        File.WriteAllBytes(path, valid);
        Assert.DoesNotThrow(() => read(path), "the undamaged file loads");

        var failures = new List<string>();
        int loaded = 0;
        for (int k = 0; k < cases; k++)
        {
            byte[] damaged = ByteMutations.Mutate(valid, new Random(Seed + k), out string applied);
            File.WriteAllBytes(path, damaged);
            try
            {
                read(path);
                loaded++;
            }
            catch (InputException e) when (e.Message.Replace(path, string.Empty).Length <= MessageBudget)
            {
            }
            catch (Exception e)
            {
                failures.Add($"case {k} ({applied}): {e.GetType().Name}: {InputExcerpt.Of(e.Message)}");
            }
        }

        TestContext.Out.WriteLine($"{cases} damaged {name} files: {loaded} loaded, {cases - loaded - failures.Count} refused as input errors");
        Assert.That(failures, Is.Empty, $"{failures.Count} of {cases} cases threw something else, or a message quoting too much");
    }

    // 40 ordered daily bars, as a price file holds them.
    private static byte[] ValidPrices()
    {
        var text = new StringBuilder("Date,Open,High,Low,Close,Volume\n");
        var day = new DateOnly(2024, 1, 2);
        for (int k = 0; k < 40; k++, day = day.AddDays(1))
        {
            double close = 100 + k * 0.5;
            text.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},{close - 0.25},{close + 1},{close - 1},{close},{1000 + k}\n");
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
