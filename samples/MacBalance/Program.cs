using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Diagnostics;
using OpenFlow.Balancing.Hosting;
using OpenFlow.Controller.Hosting;
using OpenFlow.Samples.MacBalance;

// MacBalance: the design note's MAC-rewriting load balancer.
//   dotnet run --project samples/MacBalance -- [--config FILE] [--Balancer:Mode=proactive] [--Balancer:Policy=resTime]
HostApplicationBuilder builder = BalancerHost.CreateBuilder(args);
MacBalanceOptions options = BalancerHost.BindOptions<MacBalanceOptions>(builder);
MacSettings settings;
BackendSelector selector;
try
{
    settings = MacSettings.Parse(options);
    selector = new BackendSelector(settings.CreateBackends(distinctAddresses: false), settings.Policy, options.ResTimeToleranceMs);
}
catch (Exception ex) when (ex is FormatException or ArgumentException)
{
    Console.Error.WriteLine("MacBalance: " + ex.Message);
    return 2;
}

builder.Services.AddSingleton(settings);
builder.Services.AddSingleton(selector);
builder.Services.AddSingleton(static sp => new ControllerPacketInCounter(sp.GetRequiredService<OpenFlowController>().Metrics));
builder.Services.AddSingleton(static sp => new MacMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
builder.Services.AddSingleton(static sp => new MacEngine(
    sp.GetRequiredService<MacSettings>(),
    sp.GetRequiredService<BackendSelector>(),
    sp.GetRequiredService<ILogger<MacEngine>>(),
    sp.GetRequiredService<MacMetrics>()));
builder.Services.AddSingleton<IBalancerEngine>(static sp => sp.GetRequiredService<MacEngine>());
builder.Services.AddSingleton(static sp => new HealthProber(
    sp.GetRequiredService<BackendSelector>().Backends,
    sp.GetRequiredService<MacSettings>().Options.Probe,
    sp.GetRequiredService<ILogger<HealthProber>>()));
builder.Services.AddHostedService<BalancerService>();
builder.Services.AddOpenFlowController().AddOpenFlowApp<BalancerApp>();

using IHost host = builder.Build();
ILogger log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MacBalance");
#pragma warning disable CA1848, CA1873 // one line at start
log.LogInformation(
    "MacBalance {Mode} {Policy}: VIP {Vip} ({VipMac}) on port {ClientPort}, gateway {Gateway} ({GatewayMac}), {Servers} servers, group {Group}, idle {Idle}s, refuse with {Refuse}",
    settings.Mode,
    settings.Policy,
    settings.Vip,
    settings.VipMac,
    settings.ClientPort.Value,
    settings.Gateway,
    settings.GatewayMac,
    selector.Backends.Count,
    "0x" + settings.GroupId.Value.ToString("x8", System.Globalization.CultureInfo.InvariantCulture),
    settings.IdleTimeoutSeconds,
    settings.Refuse);
#pragma warning restore CA1848, CA1873
await host.RunAsync().ConfigureAwait(false);
return 0;
