namespace OpenFlow.Protocol.Wire;

/// <summary>OpenFlow aligns most variable-length structures to 8 bytes.</summary>
public static class Padding
{
    /// <summary>How many zero bytes bring <paramref name="length"/> to a multiple of 8.</summary>
    /// <param name="length">An unpadded length.</param>
    public static int To8(int length) => (8 - (length & 7)) & 7;

    /// <summary><paramref name="length"/> rounded up to a multiple of 8.</summary>
    /// <param name="length">An unpadded length.</param>
    public static int RoundUpTo8(int length) => (length + 7) & ~7;
}
