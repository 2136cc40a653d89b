using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Controller.Apps;

/// <summary>
/// Writes messages that answer a PacketIn, with the PacketIn at hand (so that a PACKET_OUT can carry its data without
/// copying it anywhere first). It may run twice and must write the same bytes both times.
/// </summary>
/// <typeparam name="TState">The callback's input.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="state">The input.</param>
/// <param name="packetIn">The PacketIn being handled.</param>
public delegate void PacketInWriteCallback<TState>(ref OpenFlowWriter writer, in TState state, in PacketInView packetIn);
