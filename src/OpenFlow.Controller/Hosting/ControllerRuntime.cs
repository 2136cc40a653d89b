using Microsoft.Extensions.Logging;
using OpenFlow.Controller.Capture;
using OpenFlow.Controller.Diagnostics;
using OpenFlow.Controller.Dispatch;

namespace OpenFlow.Controller.Hosting;

/// <summary>What every connection of one controller shares.</summary>
internal sealed class ControllerRuntime
{
    public ControllerRuntime(OpenFlowControllerOptions options, ILogger logger, ControllerMetrics metrics, AppDispatcher apps, ControlChannelCapture? capture)
    {
        Options = options;
        Logger = logger;
        Metrics = metrics;
        Apps = apps;
        Capture = capture;
    }

    public OpenFlowControllerOptions Options { get; }

    public ILogger Logger { get; }

    public ControllerMetrics Metrics { get; }

    public AppDispatcher Apps { get; }

    public SwitchRegistry Registry { get; } = new();

    public ControlChannelCapture? Capture { get; }
}
