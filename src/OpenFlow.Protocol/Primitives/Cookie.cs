using System.Globalization;

namespace OpenFlow.Protocol.Primitives;

/// <summary>An opaque flow cookie (<c>uint64_t cookie</c>) chosen by the controller to recognise its flows.</summary>
/// <param name="Value">The cookie as it appears on the wire.</param>
public readonly record struct Cookie(ulong Value)
{
    /// <summary>The cookie in hexadecimal.</summary>
    public override string ToString() => "0x" + Value.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>Converts a raw cookie.</summary>
    public static implicit operator Cookie(ulong value) => new(value);
}
