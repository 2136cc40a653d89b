using System;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <content>Writers for <c>OFPT_HELLO</c> and its elements (see <see cref="HelloView"/> for the layout).</content>
public ref partial struct OpenFlowWriter
{
    /// <summary>
    /// Writes a hello offering <paramref name="versions"/> in an <c>OFPHET_VERSIONBITMAP</c> element; with no
    /// versions, a hello without elements. The header version is always 4 (OpenFlow 1.3).
    /// </summary>
    /// <param name="xid">The transaction id.</param>
    /// <param name="versions">The wire versions offered (4 for OpenFlow 1.3), in any order.</param>
    /// <returns>The message length.</returns>
    public int WriteHello(Xid xid, scoped ReadOnlySpan<byte> versions)
    {
        LengthSlot slot = BeginHello(xid);
        if (!versions.IsEmpty)
        {
            WriteVersionBitmapElement(versions);
        }

        return EndMessage(slot);
    }

    /// <summary>Starts a hello whose elements the caller writes; finish with <see cref="EndMessage"/>.</summary>
    /// <param name="xid">The transaction id.</param>
    /// <returns>The slot to pass to <see cref="EndMessage"/>.</returns>
    public LengthSlot BeginHello(Xid xid) => BeginMessage(OfpType.Hello, xid);

    /// <summary>Writes an <c>OFPHET_VERSIONBITMAP</c> hello element with the bits of <paramref name="versions"/> set, padded to 8.</summary>
    /// <param name="versions">The wire versions offered; at least one.</param>
    public void WriteVersionBitmapElement(scoped ReadOnlySpan<byte> versions)
    {
        if (versions.IsEmpty)
        {
            ThrowHelper.ThrowArgument("A version bitmap offers at least one version.", nameof(versions));
        }

        int highest = 0;
        foreach (byte version in versions)
        {
            highest = Math.Max(highest, version);
        }

        int words = (highest >> 5) + 1;
        int start = _position;
        WriteUInt16((ushort)OfpHelloElemType.VersionBitmap);
        WriteUInt16((ushort)(HelloElementView.HeaderSize + (4 * words)));
        for (int word = 0; word < words; word++)
        {
            uint bits = 0;
            foreach (byte version in versions)
            {
                if (version >> 5 == word)
                {
                    bits |= 1u << (version & 31);
                }
            }

            WriteUInt32(bits);
        }

        PadTo8(start);
    }

    /// <summary>Writes a hello element of any type as it is, with its length and padding to 8 (unknown or raw elements).</summary>
    /// <param name="type">The element type.</param>
    /// <param name="body">The element body, after the 4-byte element header.</param>
    public void WriteHelloElement(OfpHelloElemType type, scoped ReadOnlySpan<byte> body)
    {
        MessageChecks.CheckBodyFits(HelloView.MinLength + HelloElementView.HeaderSize, body.Length, nameof(body));
        int start = _position;
        WriteUInt16((ushort)type);
        WriteUInt16((ushort)(HelloElementView.HeaderSize + body.Length));
        WriteBytes(body);
        PadTo8(start);
    }
}
