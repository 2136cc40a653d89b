using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace OpenFlow.Balancers.Tests.EndToEnd;

/// <summary>Runs a command and collects its output.</summary>
internal static class Sh
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(string file, string[] args, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + file);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout ?? TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {timeout ?? TimeSpan.FromSeconds(120)}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    public static bool OnPath(string name)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir, name)))
            {
                return true;
            }
        }

        return System.IO.File.Exists("/usr/sbin/" + name) || System.IO.File.Exists("/sbin/" + name);
    }
}
