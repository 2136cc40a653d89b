using System;
using OpenFlow.Protocol.Capture;

namespace OpenFlow.Controller.Capture;

/// <summary>The capture of one connection: messages from the switch and to it.</summary>
public sealed class CaptureFlow : IDisposable
{
    private readonly ControlChannelCapture _capture;
    private readonly PcapTcpConversation _stream;
    private bool _ended;

    internal CaptureFlow(ControlChannelCapture capture, PcapTcpConversation stream)
    {
        _capture = capture;
        _stream = stream;
    }

    /// <summary>Records a message received from the switch.</summary>
    /// <param name="message">The whole message.</param>
    public void Incoming(ReadOnlySpan<byte> message) => _capture.Write(_stream, fromSwitch: true, message);

    /// <summary>Records a message sent to the switch.</summary>
    /// <param name="message">The whole message.</param>
    public void Outgoing(ReadOnlySpan<byte> message) => _capture.Write(_stream, fromSwitch: false, message);

    /// <summary>Records the end of the connection.</summary>
    public void Dispose()
    {
        if (!_ended)
        {
            _ended = true;
            _capture.End(_stream);
        }
    }
}
