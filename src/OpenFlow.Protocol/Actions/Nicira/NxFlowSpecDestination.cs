namespace OpenFlow.Protocol.Actions.Nicira;

/// <summary>What a flow spec of <c>NXAST_LEARN</c> adds to the learned flow (bits 11-12 of its header).</summary>
public enum NxFlowSpecDestination : byte
{
    /// <summary><c>NX_LEARN_DST_MATCH</c>: a match criterion.</summary>
    Match = 0,

    /// <summary><c>NX_LEARN_DST_LOAD</c>: an <c>NXAST_REG_LOAD</c> action.</summary>
    Load = 1,

    /// <summary><c>NX_LEARN_DST_OUTPUT</c>: an output action to the port in the source.</summary>
    Output = 2,
}
