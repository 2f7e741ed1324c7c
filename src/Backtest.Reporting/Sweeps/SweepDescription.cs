using System.Globalization;
using System.Text.Json;
using Backtest.Core;
using Backtest.Core.Data;

namespace Backtest.Reporting.Sweeps;

/// <summary>
/// What <c>sweep.json</c> says about a sweep, all of it optional: only the grid (names in order) and the label are relied
/// on; the window (<c>firstDay</c>/<c>lastDay</c>, <c>from</c>/<c>to</c> or <c>start</c>/<c>end</c>) and the creation
/// time (<c>createdUtc</c>) are used when present.
/// </summary>
/// <param name="Grid">The grid's parameters in order, each with how many values it lists (-1 when it lists none); null without a grid.</param>
/// <param name="Label">The sweep's name, or null.</param>
/// <param name="Window">"first to last", or empty.</param>
/// <param name="Created">When the sweep was made, or the epoch.</param>
internal sealed record SweepDescription(IReadOnlyList<(string Name, int Values)>? Grid, string? Label, string Window, DateTime Created)
{
    /// <summary>What a folder without <c>sweep.json</c> is described as: nothing.</summary>
    public static SweepDescription None => new(null, null, string.Empty, DateTime.UnixEpoch);

    /// <summary>Reads <paramref name="path"/>, or <see cref="None"/> when it does not exist; malformed JSON is an <see cref="InputException"/> naming it.</summary>
    public static SweepDescription Read(string path)
    {
        if (!File.Exists(path))
        {
            return None;
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(InputFile.ReadAllText(path));
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException($"{path}, line 1: not a JSON object.");
            }

            List<(string, int)>? grid = null;
            if (root.TryGetProperty("grid", out JsonElement entries) && entries.ValueKind == JsonValueKind.Array)
            {
                grid = [];
                foreach (JsonElement entry in entries.EnumerateArray())
                {
                    if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("name", out JsonElement name) || name.ValueKind != JsonValueKind.String)
                    {
                        throw new InputException($"{path}: grid entry {grid.Count + 1} has no name.");
                    }

                    int values = entry.TryGetProperty("values", out JsonElement v) && v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : -1;
                    grid.Add((name.GetString()!, values));
                }
            }

            string? first = Text(root, "firstDay", "from", "start"), last = Text(root, "lastDay", "to", "end");
            string window = first is null && last is null ? string.Empty : $"{first ?? "start"} to {last ?? "end"}";
            DateTime created = Text(root, "createdUtc", "created") is { } text
                && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime when)
                ? when
                : DateTime.UnixEpoch;
            return new SweepDescription(grid, Text(root, "label"), window, created);
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}, line {(e.LineNumber ?? 0) + 1}: not JSON ({e.Message}).", e);
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: could not be read ({e.Message}).", e);
        }
    }

    // The first of the named properties that is a non-empty string.
    private static string? Text(JsonElement root, params string[] names) =>
        names.Select(n => root.TryGetProperty(n, out JsonElement e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null)
            .FirstOrDefault(s => !string.IsNullOrEmpty(s));
}
