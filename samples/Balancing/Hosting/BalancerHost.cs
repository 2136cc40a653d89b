using System;
using System.IO;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpenFlow.Balancing.Hosting;

/// <summary>The host set-up both balancer programs share: where the configuration comes from, logging, the options.</summary>
public static class BalancerHost
{
    /// <summary>
    /// A host builder with the content root beside the program (so its own appsettings.json is read wherever it is
    /// started from); <c>--config FILE</c> (or <c>--config=FILE</c>) adds a JSON file that overrides appsettings.json,
    /// with command-line keys overriding the file; console logging one line per entry with milliseconds.
    /// </summary>
    /// <param name="args">The program's command line.</param>
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        string? configFile = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--config" && i + 1 < args.Length)
            {
                configFile = args[i + 1];
            }
            else if (args[i].StartsWith("--config=", StringComparison.Ordinal))
            {
                configFile = args[i]["--config=".Length..];
            }
        }

        if (configFile is not null)
        {
            // The file overrides appsettings.json; command-line keys override the file.
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
            builder.Configuration.AddCommandLine(args);
        }

        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        return builder;
    }

    /// <summary>The <c>Balancer</c> section of the builder's configuration bound to new options.</summary>
    /// <typeparam name="TOptions">The balancer's options type.</typeparam>
    /// <param name="builder">The host builder from <see cref="CreateBuilder"/>.</param>
    public static TOptions BindOptions<TOptions>(HostApplicationBuilder builder)
        where TOptions : BalancerOptions, new()
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new TOptions();
        builder.Configuration.GetSection(BalancerOptions.SectionName).Bind(options);
        return options;
    }
}
