using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Controller.Connection;

/// <summary>Writes a request with the xid the connection allocated for it.</summary>
/// <typeparam name="TState">The input the callback needs.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="state">The input.</param>
/// <param name="xid">The xid to put in the request header.</param>
public delegate void RequestWriteCallback<TState>(ref OpenFlowWriter writer, in TState state, Xid xid);
