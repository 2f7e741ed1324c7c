using Backtest.Core.Runs;

namespace Backtest.Core.Data;

/// <summary>Opens the right price source for a data folder and a run's settings: the one place formats are chosen.</summary>
public static class PriceSources
{
    /// <summary>
    /// The source for <paramref name="folder"/> in the settings' <c>dataFormat</c> (found from the folder for
    /// <c>auto</c>), with their column mapping and date format for CSV and their price adjustment for LEAN. A missing
    /// folder, a bad mapping or date format, or CSV settings on another format is an <see cref="InputException"/>.
    /// </summary>
    public static IPriceSource Open(string folder, RunSettings settings)
    {
        if (!Directory.Exists(folder))
        {
            throw DataErrors.MissingFolder(folder);
        }

        DataFormat format = settings.DataFormat == DataFormat.Auto ? Detect(folder) : settings.DataFormat;
        CsvFormat csv = CsvFormat.FromSettings(settings.Columns, settings.DateFormat);
        if (format != DataFormat.Csv && csv.IsCustom)
        {
            throw DataErrors.CsvSettingsOnOtherFormat(folder, format);
        }

        return format switch
        {
            DataFormat.Lean => new LeanFolderSource(folder, settings.Prices),
            DataFormat.Stooq => new StooqFolderSource(folder),
            _ => new CsvFolderSource(folder, csv),
        };
    }

    /// <summary>The format of an existing folder: LEAN for its layout or zips, Stooq for text files in Stooq's header, else CSV.</summary>
    public static DataFormat Detect(string folder)
    {
        if (LeanLayout.Holds(folder))
        {
            return DataFormat.Lean;
        }

        return StooqFolderSource.Holds(folder) ? DataFormat.Stooq : DataFormat.Csv;
    }
}
