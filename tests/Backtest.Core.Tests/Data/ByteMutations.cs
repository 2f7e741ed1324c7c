using System.Text;

namespace Backtest.Core.Tests.Data;

/// <summary>Random damage to a valid file's bytes, of the kinds real files suffer: flipped and lost bytes, cut and repeated lines, stray control bytes, absurd numbers.</summary>
internal static class ByteMutations
{
    // Bytes that break text in different ways: NUL, DEL, ESC, bytes never valid in UTF-8, quotes, separators, line ends.
    private static readonly byte[][] Specials =
    [
        [0x00], [0x7F], [0x1B], [0xFF], [0xFE], [0xC0], [0x80], [(byte)'"'], [(byte)','], [(byte)'\r'], [(byte)'\n'],
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x1B, (byte)'[', (byte)'2', (byte)'J'],
    ];

    private static readonly string[] Numbers =
    [
        "1e308", "1e309", "-1e400", "4.9e-324", "NaN", "Infinity", "-Infinity", "-0", "0x10", "1,5", "1_000", "+7", ".5", "5.",
        new string('9', 400), "0." + new string('0', 400) + "1", "-" + new string('1', 40), "99999999999999999999999999999",
    ];

    private static readonly string[] Names =
    [
        "flip a bit", "replace a byte", "insert a byte", "delete bytes", "duplicate a line", "delete a line", "swap two lines",
        "truncate", "insert a special byte", "insert an absurd number", "empty a field", "insert a line over the limit",
    ];

    /// <summary>Applies one to three random mutations to a copy of <paramref name="valid"/>; <paramref name="applied"/> names them, for a failure's message.</summary>
    public static byte[] Mutate(byte[] valid, Random random, out string applied)
    {
        var bytes = new List<byte>(valid);
        var names = new List<string>();
        int count = random.Next(1, 4);
        for (int k = 0; k < count; k++)
        {
            // A line over the limit costs a megabyte to write and read: rare, so that the whole run stays fast.
            int kind = random.Next(1000) < 5 ? Names.Length - 1 : random.Next(Names.Length - 1);
            names.Add(Names[kind]);
            Apply(kind, bytes, random);
        }

        applied = string.Join(", ", names);
        return [.. bytes];
    }

    private static void Apply(int kind, List<byte> bytes, Random random)
    {
        int at = random.Next(bytes.Count + 1);
        switch (kind)
        {
            case 0 when bytes.Count > 0:
                at = random.Next(bytes.Count);
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when bytes.Count > 0:
                bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                break;
            case 2:
                bytes.Insert(at, (byte)random.Next(256));
                break;
            case 3 when bytes.Count > 0:
                at = random.Next(bytes.Count);
                bytes.RemoveRange(at, Math.Min(random.Next(1, 21), bytes.Count - at));
                break;
            case 4 or 5 or 6:
                ChangeLines(kind, bytes, random);
                break;
            case 7:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 8:
                bytes.InsertRange(at, Specials[random.Next(Specials.Length)]);
                break;
            case 9:
                bytes.InsertRange(at, Encoding.ASCII.GetBytes(Numbers[random.Next(Numbers.Length)]));
                break;
            case 10:
                EmptyAField(bytes, random);
                break;
            case 11:
                bytes.InsertRange(LineStart(bytes, at), Encoding.ASCII.GetBytes(new string('7', InputFileLimit + 10) + "\n"));
                break;
        }
    }

    private static int InputFileLimit => Backtest.Core.Data.InputFile.MaxLineBytes;

    private static void ChangeLines(int kind, List<byte> bytes, Random random)
    {
        List<byte[]> lines = Split(bytes);
        if (lines.Count == 0)
        {
            return;
        }

        int a = random.Next(lines.Count), b = random.Next(lines.Count);
        switch (kind)
        {
            case 4:
                lines.Insert(b, lines[a]);
                break;
            case 5:
                lines.RemoveAt(a);
                break;
            default:
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
        }

        bytes.Clear();
        foreach (byte[] line in lines)
        {
            bytes.AddRange(line);
        }
    }

    // Removes the bytes between two commas (or a comma and a line end) at a random place.
    private static void EmptyAField(List<byte> bytes, Random random)
    {
        int comma = bytes.IndexOf((byte)',', random.Next(bytes.Count + 1));
        if (comma < 0)
        {
            return;
        }

        int end = comma + 1;
        while (end < bytes.Count && bytes[end] is not ((byte)',' or (byte)'\n' or (byte)'\r'))
        {
            end++;
        }

        bytes.RemoveRange(comma + 1, end - comma - 1);
    }

    private static int LineStart(List<byte> bytes, int at)
    {
        while (at > 0 && bytes[at - 1] != (byte)'\n')
        {
            at--;
        }

        return at;
    }

    // Lines with their line breaks, so that joining them gives the bytes back.
    private static List<byte[]> Split(List<byte> bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int k = 0; k < bytes.Count; k++)
        {
            if (bytes[k] == (byte)'\n')
            {
                lines.Add(bytes.GetRange(start, k + 1 - start).ToArray());
                start = k + 1;
            }
        }

        if (start < bytes.Count)
        {
            lines.Add(bytes.GetRange(start, bytes.Count - start).ToArray());
        }

        return lines;
    }
}
