using System.Diagnostics;
using SkiaSharp;

namespace Backtest.Reporting.Tests.Support;

/// <summary>
/// What a real PDF viewer makes of a document: Poppler's <c>pdftoppm</c> renders its pages and <c>pdftotext</c> reads
/// its text. A test that needs them is ignored, saying so, where they are not installed.
/// </summary>
internal static class Poppler
{
    /// <summary>The pixels of each page at 100 dpi, as decoded RGBA bytes.</summary>
    public static IReadOnlyList<byte[]> PagePixels(byte[] pdf)
    {
        Require("pdftoppm");
        string folder = Directory.CreateTempSubdirectory("poppler-").FullName;
        try
        {
            string file = Path.Combine(folder, "document.pdf");
            File.WriteAllBytes(file, pdf);
            Run("pdftoppm", "-r", "100", "-png", file, Path.Combine(folder, "page"));
            return [.. Directory.GetFiles(folder, "page*.png").Order(StringComparer.Ordinal).Select(Pixels)];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The document's text as <c>pdftotext</c> extracts it.</summary>
    public static string Text(byte[] pdf)
    {
        Require("pdftotext");
        string folder = Directory.CreateTempSubdirectory("poppler-").FullName;
        try
        {
            string file = Path.Combine(folder, "document.pdf");
            File.WriteAllBytes(file, pdf);
            return Run("pdftotext", "-enc", "UTF-8", file, "-");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] Pixels(string png)
    {
        using SKBitmap bitmap = SKBitmap.Decode(png);
        return bitmap.Bytes;
    }

    private static void Require(string tool)
    {
        string[] path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
        if (!path.Any(folder => File.Exists(Path.Combine(folder, tool))))
        {
            Assert.Ignore($"needs Poppler's {tool} on PATH to render the PDF as a viewer does; absent here, so this test is skipped");
        }
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{tool} failed: {error.Result}");
        return output;
    }
}
