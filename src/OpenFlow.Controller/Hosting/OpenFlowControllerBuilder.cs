using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using OpenFlow.Controller.Apps;

namespace OpenFlow.Controller.Hosting;

/// <summary>Adds apps to the controller registered by <c>AddOpenFlowController</c>.</summary>
public sealed class OpenFlowControllerBuilder
{
    internal OpenFlowControllerBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers an app (a singleton); apps are called in registration order.</summary>
    /// <typeparam name="TApp">The app type.</typeparam>
    /// <returns>This builder.</returns>
    public OpenFlowControllerBuilder AddOpenFlowApp<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TApp>()
        where TApp : class, IOpenFlowApp
    {
        Services.AddSingleton<TApp>();
        Services.AddSingleton<IOpenFlowApp>(static provider => provider.GetRequiredService<TApp>());
        return this;
    }
}
