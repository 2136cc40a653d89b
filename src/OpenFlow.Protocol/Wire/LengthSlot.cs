namespace OpenFlow.Protocol.Wire;

/// <summary>
/// A structure being written whose 16-bit length field is back-patched when it ends: where the structure
/// starts and where its length field is. Returned by the <c>Begin...</c> methods of <see cref="OpenFlowWriter"/>.
/// </summary>
public readonly struct LengthSlot
{
    internal LengthSlot(int start, int lengthOffset)
    {
        Start = start;
        LengthOffset = lengthOffset;
    }

    /// <summary>Writer position of the structure's first byte.</summary>
    public int Start { get; }

    /// <summary>Writer position of the structure's 16-bit length field.</summary>
    public int LengthOffset { get; }
}
