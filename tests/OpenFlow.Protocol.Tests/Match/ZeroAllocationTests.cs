using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Instructions;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Match;

public class ZeroAllocationTests
{
    [Fact]
    public void WalkAndWrite_MatchWithAllFieldsAndActionLists_AllocatesNothing()
    {
        byte[] allFields = BuildAllFieldsMatch();
        byte[] instructions = InstructionTests.RyuInstructions;
        byte[] buffer = new byte[2048];

        ulong sink = RunOnce(allFields, instructions, buffer); // warm up: JIT, static tables
        long before = GC.GetAllocatedBytesForCurrentThread();
        sink += RunOnce(allFields, instructions, buffer);
        long after = GC.GetAllocatedBytesForCurrentThread();

        Assert.Equal(0, after - before);
        Assert.NotEqual(0UL, sink);
    }

    private static ulong RunOnce(byte[] match, byte[] instructions, byte[] buffer)
    {
        ulong sink = 0;
        MatchView view = MatchView.Read(match, OfpType.FlowMod, 48);
        foreach (OxmView oxm in view)
        {
            sink += oxm.AsUInt64() + oxm.MaskAsUInt64() + oxm.AsIpv6().Low + oxm.AsMac().Value + oxm.AsIpv4().Value;
        }

        if (view.TryGet(OxmField.TcpDst, out OxmView tcp))
        {
            sink += tcp.AsUInt16();
        }

        var list = new InstructionListView(instructions, OfpType.FlowMod, 64);
        if (list.TryValidate(out _))
        {
            foreach (InstructionView instruction in list)
            {
                foreach (ActionView action in instruction.Actions)
                {
                    sink += action.Port.Value + action.EtherType.Value + action.Field.AsUInt64() + action.ExperimenterId + (uint)action.Length;
                }
            }
        }

        var writer = new OpenFlowWriter(buffer);
        LengthSlot slot = writer.BeginMatch();
        writer.WriteOxm(OxmField.InPort, 1);
        writer.WriteOxm(OxmField.EthType, 0x0800);
        writer.WriteOxm(OxmField.IpProto, 6);
        writer.WriteOxm(OxmField.Ipv4Src, new Ipv4Address(0x0a000000), new Ipv4Address(0xff000000));
        writer.WriteOxm(OxmField.TcpDst, 80);
        writer.EndMatch(slot);
        writer.WriteMatch(stackalloc OxmSpec[] { new(OxmField.EthType, 0x86dd), OxmSpec.Ipv6(OxmField.Ipv6Dst, new Ipv6Address(1, 2)) });
        LengthSlot apply = writer.BeginApplyActionsInstruction();
        writer.WriteSetFieldAction(OxmField.Ipv4Dst, new Ipv4Address(0x0a000001));
        writer.WriteSetFieldAction(OxmField.EthDst, new MacAddress(0x0000_0000_0001));
        writer.WriteActions(stackalloc ActionSpec[] { ActionSpec.PopVlan(), ActionSpec.SetField(OxmField.TcpDst, 8080), ActionSpec.Output(2) });
        writer.WriteExperimenterAction(ActionView.NiciraExperimenterId, stackalloc byte[] { 0, 1, 0, 5 });
        writer.EndActionsInstruction(apply);
        writer.WriteGotoTableInstruction(1);
        writer.WriteWriteMetadataInstruction(1, 1);
        Assert.False(writer.Overflowed);
        return sink + (ulong)writer.BytesWritten;
    }

    private static byte[] BuildAllFieldsMatch()
    {
        byte[] buffer = new byte[1024];
        var writer = new OpenFlowWriter(buffer);
        LengthSlot slot = writer.BeginMatch(checkPrerequisites: false);
        foreach ((OxmField field, string hex) in EveryVector())
        {
            byte[] tlv = Hex.Parse(hex);
            writer.WriteOxm(field, tlv.AsSpan(4));
        }

        writer.EndMatch(slot);
        return writer.Written.ToArray();
    }

    private static (OxmField, string)[] EveryVector()
    {
        var rows = new System.Collections.Generic.List<(OxmField, string)>();
        foreach (var row in OxmVectors.Unmasked)
        {
            rows.Add((row.Data.Item1, row.Data.Item2));
        }

        Assert.Equal(40, rows.Count);
        return [.. rows];
    }
}
