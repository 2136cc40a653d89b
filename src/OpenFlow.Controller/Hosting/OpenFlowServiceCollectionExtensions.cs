using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenFlow.Controller.Apps;

namespace OpenFlow.Controller.Hosting;

/// <summary>Registers the controller with a host.</summary>
public static class OpenFlowServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="OpenFlowController"/> and the hosted service that runs it. Options come from the
    /// configuration section <c>Controller</c> (when an <see cref="IConfiguration"/> is registered), then from
    /// <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the options after configuration binding.</param>
    /// <returns>A builder to add apps with.</returns>
    public static OpenFlowControllerBuilder AddOpenFlowController(this IServiceCollection services, Action<OpenFlowControllerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OpenFlowControllerOptions>()
            .Configure<IServiceProvider>(static (options, provider) =>
            {
                if (provider.GetService<IConfiguration>() is { } configuration)
                {
                    options.Bind(configuration.GetSection(OpenFlowControllerOptions.SectionName));
                }
            });
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddSingleton(static provider => new OpenFlowController(
            provider.GetRequiredService<IOptions<OpenFlowControllerOptions>>().Value,
            provider.GetServices<IOpenFlowApp>(),
            provider.GetService<ILoggerFactory>()));
        services.AddHostedService<OpenFlowControllerService>();
        return new OpenFlowControllerBuilder(services);
    }

}
