using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using OpenFlow.Controller.Apps;
using OpenFlow.Controller.Connection;

namespace OpenFlow.Controller.Tests;

/// <summary>Records the events it hears.</summary>
public sealed class RecordingApp : OpenFlowApp
{
    public ConcurrentQueue<string> Events { get; } = new();

    public ConcurrentDictionary<ulong, ISwitchConnection> Ready { get; } = new();

    public TaskCompletionSource<ISwitchConnection> FirstReady { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<string> FirstGone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Action<ISwitchConnection>? ThrowOnReady { get; set; }

    public override void OnSwitchReady(ISwitchConnection connection)
    {
        Events.Enqueue("ready " + connection.DatapathId);
        Ready[connection.DatapathId.Value] = connection;
        FirstReady.TrySetResult(connection);
        ThrowOnReady?.Invoke(connection);
    }

    public override void OnSwitchGone(ISwitchConnection connection, string reason)
    {
        Events.Enqueue("gone " + connection.DatapathId);
        FirstGone.TrySetResult(reason);
    }

    public override void OnError(in SwitchErrorContext context)
    {
        Events.Enqueue("error " + context.Error.Type + "/" + context.Error.Code);
    }

    public override void OnFlowRemoved(in FlowRemovedContext context)
    {
        var removed = context.FlowRemoved;
        string ethDst = removed.Match.TryGet(OpenFlow.Protocol.Match.OxmField.EthDst, out var oxm) ? oxm.AsMac().ToString() : "-";
        Events.Enqueue("removed " + removed.Cookie.Value + " " + removed.Reason + " " + removed.PacketCount + " " + ethDst);
    }

    public override void OnPortStatus(in PortStatusContext context)
    {
        Events.Enqueue("port " + context.Status.Reason + " " + context.Status.Desc.PortNo.Value);
    }
}
