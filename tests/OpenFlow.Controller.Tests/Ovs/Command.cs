using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace OpenFlow.Controller.Tests.Ovs;

/// <summary>What a command printed and how it ended.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"`{CommandLine}` exited with {ExitCode}: {Output}{Error}";
}

/// <summary>Runs the host tools the lab needs (ip, ovs-*, tshark), each bounded in time.</summary>
public static class Command
{
    /// <summary>Runs a program with arguments (no shell) and waits at most <paramref name="timeoutMs"/>.</summary>
    public static CommandResult Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, int timeoutMs = 10_000)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }
        }

        string commandLine = program + " " + string.Join(' ', start.ArgumentList);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + commandLine);
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutMs))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }

            throw new TimeoutException($"`{commandLine}` took longer than {timeoutMs} ms.");
        }

        // A daemon that detaches may keep the pipes a moment longer; never wait for it beyond a second.
        Task.WaitAll(new Task[] { output, error }, 1000);
        return new CommandResult(
            commandLine,
            process.ExitCode,
            output.IsCompletedSuccessfully ? output.Result : string.Empty,
            error.IsCompletedSuccessfully ? error.Result : string.Empty);
    }

    /// <summary>Runs a program and throws when it fails.</summary>
    public static string Check(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, int timeoutMs = 10_000)
    {
        CommandResult result = Run(program, arguments, environment, timeoutMs);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.ToString());
        }

        return result.Output;
    }

    /// <summary>The full path of a program on PATH (where <see cref="Run"/> finds it too), or null.</summary>
    public static string? Find(string name)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (dir.Length == 0)
            {
                continue;
            }

            string candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
