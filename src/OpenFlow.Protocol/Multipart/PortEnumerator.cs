using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// Steps through a list of 64-byte <c>ofp_port</c> structures (the body of an <c>OFPMP_PORT_DESC</c> reply).
/// Throws <see cref="Errors.OpenFlowFormatException"/> (<c>OFPBRC_BAD_LEN</c>, field <c>body.ports[i]</c>) when the
/// list ends inside a port.
/// </summary>
public ref struct PortEnumerator
{
    private readonly ReadOnlySpan<byte> _ports;
    private readonly OfpType _messageType;
    private readonly int _baseOffset;
    private int _next;
    private int _index;
    private PortView _current;

    /// <summary>Creates an enumerator over a list of ports.</summary>
    /// <param name="ports">The list (64 bytes per port).</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="ports"/> from the start of the message, for errors.</param>
    public PortEnumerator(ReadOnlySpan<byte> ports, OfpType messageType, int offset)
    {
        _ports = ports;
        _messageType = messageType;
        _baseOffset = offset;
        _next = 0;
        _index = 0;
        _current = default;
    }

    /// <summary>The port at the current position.</summary>
    public readonly PortView Current => _current;

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly PortEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next port.</summary>
    /// <returns>False at the end of the list.</returns>
    public bool MoveNext()
    {
        int remaining = _ports.Length - _next;
        if (remaining <= 0)
        {
            return false;
        }

        if (remaining < PortView.Size)
        {
            MessageChecks.ThrowBadLength(_messageType, MessageChecks.Indexed("body.ports", _index, string.Empty), _baseOffset + _next, "message ends inside an ofp_port");
        }

        _current = new PortView(_ports.Slice(_next, PortView.Size), _baseOffset + _next);
        _next += PortView.Size;
        _index++;
        return true;
    }
}
