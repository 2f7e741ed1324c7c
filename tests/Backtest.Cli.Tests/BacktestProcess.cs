using System.Diagnostics;

namespace Backtest.Cli.Tests;

/// <summary>The command line as a real child process (<c>dotnet backtest.dll ...</c>, the build beside the tests), for shards run side by side and kills.</summary>
internal static class BacktestProcess
{
    private const string Setpriv = "/usr/bin/setpriv";

    /// <summary>The CLI the test project was built with.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "backtest.dll");

    /// <summary>Starts <paramref name="args"/> in <paramref name="workingDirectory"/>, output captured, without any scheduler's variables.</summary>
    public static Process Start(string workingDirectory, params string[] args) => Launch(workingDirectory, [], args);

    /// <summary>
    /// As <see cref="Start(string, string[])"/>, but as the user nobody (uid 65534) through <c>setpriv</c>, for what only
    /// an ordinary user meets (a file without read permission); ignores the test where that cannot be done.
    /// </summary>
    public static Process StartAsNobody(string workingDirectory, params string[] args)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Setpriv) || Environment.UserName != "root")
        {
            Assert.Ignore($"needs root and {Setpriv} to run backtest as the user nobody (running as {Environment.UserName})");
        }

        return Launch(workingDirectory, [Setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--", DotnetHost()], args);
    }

    // Starts the CLI, after the command and arguments of wrapper (setpriv ... --) when it is not empty.
    private static Process Launch(string workingDirectory, string[] wrapper, string[] args)
    {
        var start = new ProcessStartInfo(wrapper.Length > 0 ? wrapper[0] : DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string part in wrapper.Skip(1))
        {
            start.ArgumentList.Add(part);
        }

        // nobody's home (/nonexistent) does not exist; dotnet looks there, so it gets the working folder instead.
        if (wrapper.Length > 0)
        {
            start.Environment["HOME"] = workingDirectory;
        }

        start.ArgumentList.Add(Dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (string variable in new[] { "JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_STEP" })
        {
            start.Environment.Remove(variable);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Sends <paramref name="process"/> SIGINT, as Ctrl+C on a terminal does, and waits up to <paramref name="timeout"/> for it to exit.</summary>
    public static CliRun Interrupt(Process process, TimeSpan timeout)
    {
        using (Process signal = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            signal.WaitForExit();
        }

        return Wait(process, timeout);
    }

    /// <summary>Waits for <paramref name="process"/> to exit and returns its exit code and output.</summary>
    public static CliRun Wait(Process process, TimeSpan timeout)
    {
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"backtest did not finish in {timeout}");
        }

        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result + errors.Result, output.Result, errors.Result);
    }

    // The host running the tests is dotnet itself; fall back to the one on PATH.
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? path : "dotnet";
}
