using OpenFlow.Protocol.Wire;

namespace OpenFlow.Samples.NaptBalance;

/// <summary>Writes the instructions of one flow (after its match, inside the FLOW_MOD).</summary>
/// <param name="writer">The writer, just after the match.</param>
public delegate void InstructionsWriter(ref OpenFlowWriter writer);
