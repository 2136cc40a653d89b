namespace OpenFlow.Protocol.Wire;

/// <summary>Writes messages with an <see cref="OpenFlowWriter"/>; used by <see cref="OpenFlowWriter.WriteTo{TState}"/>.</summary>
/// <typeparam name="TState">The input the callback needs.</typeparam>
/// <param name="writer">The writer to write with.</param>
/// <param name="state">The input.</param>
public delegate void OpenFlowWriteCallback<TState>(ref OpenFlowWriter writer, in TState state);
