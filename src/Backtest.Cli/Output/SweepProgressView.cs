using System.Globalization;
using Backtest.Core.Sweeps;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>Shows a running sweep: a progress bar with rate and time left on a terminal, plain lines about every second otherwise.</summary>
public static class SweepProgressView
{
    /// <summary>Runs <paramref name="job"/> while showing its progress; returns whether it finished (false when stopped).</summary>
    public static bool Run(IAnsiConsole console, SweepJob job, CancellationToken cancellationToken)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return job.Run(cancellationToken, p => console.WriteLine(Line(p)), TimeSpan.FromSeconds(1));
        }

        bool finished = false;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("swept", maxValue: Math.Max(1, job.Total));
                finished = job.Run(
                    cancellationToken,
                    p =>
                    {
                        task.Value = p.Done;
                        task.Description = $"swept {Count(p.Done)}/{Count(p.Total)}, {Count((long)p.Rate)} runs/s";
                    },
                    TimeSpan.FromMilliseconds(200));
            });
        return finished;
    }

    /// <summary>One plain progress line: <c>swept 1200/22000 (5.4%), 18,000 runs/s, ETA 1s</c>.</summary>
    public static string Line(SweepProgress p) =>
        $"swept {p.Done}/{p.Total} ({(p.Fraction * 100).ToString("0.0", CultureInfo.InvariantCulture)}%), {Count((long)Math.Round(p.Rate))} runs/s, ETA {Duration(p.Remaining)}";

    /// <summary>A duration as people read it: <c>4s</c>, <c>2m05s</c>, <c>1h02m</c>; <c>?</c> when unknown.</summary>
    public static string Duration(TimeSpan? span) => span switch
    {
        null => "?",
        { TotalSeconds: < 60 } s => $"{Math.Ceiling(s.TotalSeconds).ToString(CultureInfo.InvariantCulture)}s",
        { TotalHours: < 1 } s => $"{s.Minutes}m{s.Seconds:00}s",
        { } s => $"{(int)s.TotalHours}h{s.Minutes:00}m",
    };

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
