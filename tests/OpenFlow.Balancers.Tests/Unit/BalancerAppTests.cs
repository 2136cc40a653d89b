using Microsoft.Extensions.DependencyInjection;
using OpenFlow.Balancing.Hosting;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Hosting;
using OpenFlow.Samples.MacBalance;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

/// <summary>BalancerApp as both programs register it: one app for whichever engine the container holds.</summary>
public class BalancerAppTests
{
    [Fact]
    public void AddOpenFlowApp_EngineRegisteredAsMacBalanceDoes_ResolvesTheOneAppOnThatEngine()
    {
        using MacEngine engine = MacBalanceEngineTests.Engine(MacBalanceEngineTests.Options());
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(engine);
        services.AddSingleton<IBalancerEngine>(static sp => sp.GetRequiredService<MacEngine>());
        services.AddOpenFlowController().AddOpenFlowApp<BalancerApp>();
        using ServiceProvider provider = services.BuildServiceProvider();

        IOpenFlowApp app = Assert.Single(provider.GetServices<IOpenFlowApp>());

        Assert.Same(provider.GetRequiredService<BalancerApp>(), app);
        Assert.Same(engine, provider.GetRequiredService<IBalancerEngine>());
        Assert.Equal("MacBalance", provider.GetRequiredService<IBalancerEngine>().Name);
    }
}
