using System;
using System.Buffers.Binary;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Tests.Apps;

/// <summary>Builds PacketIn messages for tests.</summary>
public static class PacketIns
{
    public static byte[] EthernetFrame(MacAddress destination, MacAddress source, int length = 64)
    {
        var frame = new byte[length];
        destination.Write(frame);
        source.Write(frame.AsSpan(6));
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(12), 0x0800);
        return frame;
    }

    /// <summary>OFPT_PACKET_IN with match {in_port} and the frame as data.</summary>
    public static byte[] PacketIn(uint xid, PortNo inPort, byte[] frame, BufferId bufferId)
    {
        int length = 24 + 16 + 2 + frame.Length;
        var message = new byte[length];
        Span<byte> m = message;
        m[0] = 4;
        m[1] = (byte)OfpType.PacketIn;
        BinaryPrimitives.WriteUInt16BigEndian(m.Slice(2), (ushort)length);
        BinaryPrimitives.WriteUInt32BigEndian(m.Slice(4), xid);
        BinaryPrimitives.WriteUInt32BigEndian(m.Slice(8), bufferId.Value);
        BinaryPrimitives.WriteUInt16BigEndian(m.Slice(12), (ushort)frame.Length);
        m[14] = 0; // OFPR_NO_MATCH
        m[15] = 0; // table 0
        BinaryPrimitives.WriteUInt64BigEndian(m.Slice(16), 0x1122);
        BinaryPrimitives.WriteUInt16BigEndian(m.Slice(24), 1); // OFPMT_OXM
        BinaryPrimitives.WriteUInt16BigEndian(m.Slice(26), 12); // length without padding
        BinaryPrimitives.WriteUInt32BigEndian(m.Slice(28), 0x80000004); // OXM_OF_IN_PORT
        BinaryPrimitives.WriteUInt32BigEndian(m.Slice(32), inPort.Value);
        frame.CopyTo(m.Slice(42));
        return message;
    }
}
