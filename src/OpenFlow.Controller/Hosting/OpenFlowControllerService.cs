using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace OpenFlow.Controller.Hosting;

/// <summary>The hosted service that runs the <see cref="OpenFlowController"/> for the lifetime of the host.</summary>
public sealed class OpenFlowControllerService : BackgroundService
{
    private readonly OpenFlowController _controller;

    /// <summary>Creates the service.</summary>
    /// <param name="controller">The controller to run.</param>
    public OpenFlowControllerService(OpenFlowController controller) => _controller = controller;

    /// <summary>Binds the listeners (so that a bad endpoint fails the host start), then runs.</summary>
    /// <param name="cancellationToken">Aborts the start.</param>
    /// <returns>A task completing once listening.</returns>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _controller.StartAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes every switch connection and stops listening.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task completing when stopped.</returns>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _controller.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(static _ => { }, TaskScheduler.Default);
}
