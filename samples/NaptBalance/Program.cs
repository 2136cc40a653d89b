using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenFlow.Balancing;
using OpenFlow.Balancing.Diagnostics;
using OpenFlow.Balancing.Hosting;
using OpenFlow.Controller.Hosting;
using OpenFlow.Samples.NaptBalance;

// NaptBalance: the design note's NAPT load balancer.
//   dotnet run --project samples/NaptBalance -- [--config FILE] [--Balancer:Mode=reactive|proactive|conntrack] [--Balancer:Policy=resTime] [--Controller:Listen=127.0.0.1:6653]
HostApplicationBuilder builder = BalancerHost.CreateBuilder(args);
NaptBalanceOptions options = BalancerHost.BindOptions<NaptBalanceOptions>(builder);
NaptSettings settings;
BackendSelector selector;
try
{
    settings = NaptSettings.Parse(options);
    selector = new BackendSelector(settings.CreateBackends(), settings.Policy, options.ResTimeToleranceMs);
}
catch (Exception ex) when (ex is FormatException or ArgumentException)
{
    Console.Error.WriteLine("NaptBalance: " + ex.Message);
    return 2;
}

builder.Services.AddSingleton(settings);
builder.Services.AddSingleton(selector);
builder.Services.AddSingleton(static sp => new NaptMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
builder.Services.AddSingleton(static sp => new ControllerPacketInCounter(sp.GetRequiredService<OpenFlowController>().Metrics));
if (settings.Mode == BalancerMode.Reactive)
{
    builder.Services.AddSingleton<IBalancerEngine>(static sp => new NaptEngine(
        sp.GetRequiredService<NaptSettings>(),
        sp.GetRequiredService<BackendSelector>(),
        sp.GetRequiredService<ILogger<NaptEngine>>(),
        sp.GetRequiredService<NaptMetrics>()));
}
else
{
    // proactive and conntrack: the switch carries the connections; the selector's servers feed the select group.
    builder.Services.AddSingleton<IBalancerEngine>(static sp => new NaptProactiveEngine(
        sp.GetRequiredService<NaptSettings>(),
        sp.GetRequiredService<BackendSelector>().Backends,
        sp.GetRequiredService<ILogger<NaptProactiveEngine>>(),
        sp.GetRequiredService<NaptMetrics>()));
}

builder.Services.AddSingleton(static sp => new HealthProber(
    sp.GetRequiredService<BackendSelector>().Backends,
    sp.GetRequiredService<NaptSettings>().Options.Probe,
    sp.GetRequiredService<ILogger<HealthProber>>()));
builder.Services.AddHostedService<BalancerService>();
builder.Services.AddOpenFlowController().AddOpenFlowApp<BalancerApp>();

using IHost host = builder.Build();
ILogger log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NaptBalance");
#pragma warning disable CA1848, CA1873 // one line at start
if (settings.Mode == BalancerMode.Reactive)
{
    log.LogInformation(
        "NaptBalance reactive, {Policy}: VIP {Vip} on port {ClientPort}, {Servers} servers, NAPT ports {First}-{Last}, idle {Idle}s, quarantine {Quarantine}s, refuse with {Refuse}",
        settings.Policy,
        settings.Vip,
        settings.ClientPort.Value,
        selector.Backends.Count,
        settings.PortRangeStart,
        settings.PortRangeEnd,
        settings.IdleTimeoutSeconds,
        settings.Quarantine.TotalSeconds,
        settings.Refuse);
}
else
{
    log.LogInformation(
        "NaptBalance {Mode}, {Policy}: VIP {Vip} on port {ClientPort}, {Servers} servers, select group 0x{Group:x8}{Snat}; no PacketIn per connection, refused connections are dropped",
        settings.Mode.ToString().ToLowerInvariant(),
        settings.Policy,
        settings.Vip,
        settings.ClientPort.Value,
        selector.Backends.Count,
        settings.GroupId.Value,
        settings.Mode == BalancerMode.Conntrack ? $", SNAT to {settings.Gateway}:{settings.PortRangeStart}-{settings.PortRangeEnd}" : ", servers see client addresses");
}

#pragma warning restore CA1848, CA1873
await host.RunAsync().ConfigureAwait(false);
return 0;
