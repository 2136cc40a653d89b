using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Tests.Messages;

/// <summary>FsCheck generators for message fields.</summary>
internal static class Generators
{
    /// <summary>Printable ASCII text of 0 to <paramref name="maxLength"/> characters (what survives a fixed-size field unchanged).</summary>
    public static Gen<string> Ascii(int maxLength) =>
        from length in Gen.Choose(0, maxLength)
        from chars in Gen.ArrayOf(Gen.Choose(0x20, 0x7e).Select(c => (char)c), length)
        select new string(chars);

    public static Gen<uint> UInt32 { get; } = ArbMap.Default.GeneratorFor<uint>();

    public static Gen<ulong> UInt64 { get; } = ArbMap.Default.GeneratorFor<ulong>();

    /// <summary>Any port: every field random, the name printable ASCII of at most 15 characters.</summary>
    public static Gen<PortSpec> Port { get; } =
        from numbers in Gen.ArrayOf(UInt32, 9)
        from mac in UInt64
        from name in Ascii(15)
        select new PortSpec
        {
            PortNo = new PortNo(numbers[0]),
            HwAddr = new MacAddress(mac & 0xffff_ffff_ffffUL),
            Name = name,
            Config = (OfpPortConfig)numbers[1],
            State = (OfpPortState)numbers[2],
            Curr = (OfpPortFeatures)numbers[3],
            Advertised = (OfpPortFeatures)numbers[4],
            Supported = (OfpPortFeatures)numbers[5],
            Peer = (OfpPortFeatures)numbers[6],
            CurrSpeed = numbers[7],
            MaxSpeed = numbers[8],
        };
}
