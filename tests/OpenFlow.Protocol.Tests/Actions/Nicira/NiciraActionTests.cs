using System;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Actions.Nicira;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Match;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Protocol.Tests.Actions.Nicira;

/// <summary>
/// Each typed Nicira action: built bytes equal the vector (Open vSwitch's nicira-ext.h layouts; the bytes were
/// checked against os-ken's encoder), reading gives the values, and rewriting what was read gives the bytes again.
/// </summary>
public class NiciraActionTests
{
    internal const string RegLoad = """
        ffff 0018 00002320 0007 # NXAST_REG_LOAD, len 24
        011b                    # ofs_nbits: ofs 4, n_bits 28
        00010004                # dst NXM_NX_REG0
        0000000000000005        # value 5
        """;

    internal const string RegMove = """
        ffff 0018 00002320 0006 # NXAST_REG_MOVE, len 24
        0005 0001 0002          # n_bits 5, src_ofs 1, dst_ofs 2
        00010004 00010204       # src NXM_NX_REG0, dst NXM_NX_REG1
        """;

    internal const string Learn = """
        ffff 0058 00002320 0010 # NXAST_LEARN, len 88
        00b4 012c 0001          # idle 180, hard 300, priority 1
        0000000000000064        # cookie 0x64
        0001 0a 00              # flags SEND_FLOW_REM, table 10, pad
        00b4 012c               # fin_idle 180, fin_hard 300
        2010 0800 00000602 0000 # match eth_type_nxm[0..15] = 0x800 (immediate)
        0005 00010204 0001 00010404 0003 # match reg2[3..7] = reg1[1..5]
        2805 0000 00010804 0003 # load 0 -> reg4[3..7]
        0805 00010a04 0001 00010c04 0003 # load reg5[1..5] -> reg6[3..7]
        1005 00010e04 0001      # output reg7[1..5]
        """;

    internal const string CtWithNat = """
        ffff 0038 00002320 0023 # NXAST_CT, len 56
        0001                    # flags COMMIT
        00010004 000f           # zone from NXM_NX_REG0[0..15]
        04 000000 0000          # recirc_table 4, pad, alg 0
        ffff 0020 00002320 0024 # nested NXAST_NAT, len 32
        0000 0001 0033          # pad, flags SRC, range_present ipv4 min+max, proto min+max
        0a000001 0a000009       # 10.0.0.1 - 10.0.0.9
        03e8 07d0 00000000      # ports 1000 - 2000, padding
        """;

    internal const string NatV6 = """
        ffff 0030 00002320 0024 # NXAST_NAT, len 48
        0000 0002 000c          # pad, flags DST, range_present ipv6 min+max
        20010db8000000000000000000000001 # 2001:db8::1
        20010db80000000000000000000000ff # 2001:db8::ff
        """;

    internal const string Controller2 = """
        ffff 0038 00002320 0025 000000000000 # NXAST_CONTROLLER2, len 56
        0000 0006 0400 0000     # MAX_LEN 1024
        0001 0006 0007 0000     # CONTROLLER_ID 7
        0002 0005 03 000000     # REASON 3
        0003 0007 010203 00     # USERDATA 01 02 03
        0004 0004 00000000      # PAUSE
        """;

    internal static readonly string[] All =
    [
        RegLoad, RegMove, Learn, CtWithNat, NatV6, Controller2,
        "ffff 0010 00002320 000e 0003 04 000000 # NXAST_RESUBMIT_TABLE in_port 3 table 4",
        "ffff 0010 00002320 0022 01 02 00000003 # NXAST_CONJUNCTION clause 1 of 2, id 3",
        "ffff 0010 00002320 0014 0001 0002 03 00 # NXAST_CONTROLLER max_len 1, id 2, reason 3",
        "ffff 0020 00002320 0026 0001 00000002 00000003 00000004 0005 00 0000000000 # NXAST_SAMPLE2",
        "ffff 0018 00002320 001b 0001 00010004 0005 000000000000 # NXAST_STACK_PUSH reg0[1..5]",
        "ffff 0010 00002320 0027 0001 00000002 # NXAST_OUTPUT_TRUNC port 1, max_len 2",
        "ffff 0010 00002320 0013 0001 0002 0000 # NXAST_FIN_TIMEOUT 1, 2",
        "ffff 0018 00002320 0015 0003 00000000 0001 0002 0003 0000 # NXAST_DEC_TTL_CNT_IDS 1,2,3",
        "ffff 0010 00002320 0008 010203 000000 # NXAST_NOTE 01 02 03",
        "ffff 0018 00002320 0009 000000000000 0000000000000006 # NXAST_SET_TUNNEL64 6",
        "ffff 0018 00002320 000f 001f 00010004 0005 000000000000 # NXAST_OUTPUT_REG reg0[0..31], max_len 5",
        "ffff 0020 00002320 000a 0001 0002 0000 0003 0004 00000005 0000 001f 00010004 # NXAST_MULTIPATH",
        "ffff 0028 00002320 000d 0001 0002 0003 00000004 0002 001f 00010004 00000000 0001 0002 00000000 # NXAST_BUNDLE_LOAD",
        "ffff 0010 00002320 002b 000000000000 # NXAST_CT_CLEAR",
        "ffff 0018 00002320 0021 00010204 0000000a 000000000000 # NXAST_REG_LOAD2 reg1=10",
    ];

    [Fact]
    public void RegLoad_BuildReadRewrite_MatchesVector()
    {
        byte[] expected = Hex.Parse(RegLoad);
        NxmFieldRef reg0 = NxmFieldRef.Of(OxmFieldKey.Reg(0), 4, 28);

        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxRegLoadAction(reg0, 5)));
        NxRegLoadView v = NxRegLoadView.Read(ActionTests.Single(expected));
        Assert.Equal(reg0, v.Destination);
        Assert.Equal((ushort)283, v.OfsNbits);
        Assert.Equal(5UL, v.Value);
        Assert.Equal(OxmFieldKey.Reg(0), v.Destination.Field);
        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) =>
        {
            NxRegLoadView r = NxRegLoadView.Read(ActionTests.Single(expected));
            w.WriteNxRegLoadAction(r.Destination, r.Value);
        }));
    }

    [Fact]
    public void RegMove_BuildReadRewrite_MatchesVector()
    {
        byte[] expected = Hex.Parse(RegMove);
        NxmFieldRef src = NxmFieldRef.Of(OxmFieldKey.Reg(0), 1, 5);
        NxmFieldRef dst = NxmFieldRef.Of(OxmFieldKey.Reg(1), 2, 5);

        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxRegMoveAction(src, dst)));
        NxRegMoveView v = NxRegMoveView.Read(ActionTests.Single(expected));
        Assert.Equal(src, v.Source);
        Assert.Equal(dst, v.Destination);
        Assert.Equal(5, v.NBits);
    }

    [Fact]
    public void Learn_BuildReadRewrite_MatchesVector()
    {
        byte[] expected = Hex.Parse(Learn);
        var learn = new NxLearnSpec(new TableId(10))
        {
            IdleTimeout = 180, HardTimeout = 300, Priority = 1, Cookie = new Cookie(0x64), Flags = 1, FinIdleTimeout = 180, FinHardTimeout = 300,
        };
        NxFlowSpec[] specs =
        [
            NxFlowSpec.MatchValue(NxmFieldRef.Of(OxmFieldKey.Nxm0(3), 0, 16), 0x800),
            NxFlowSpec.Match(NxmFieldRef.Of(OxmFieldKey.Reg(2), 3, 5), NxmFieldRef.Of(OxmFieldKey.Reg(1), 1, 5)),
            NxFlowSpec.LoadValue(NxmFieldRef.Of(OxmFieldKey.Reg(4), 3, 5), 0),
            NxFlowSpec.Load(NxmFieldRef.Of(OxmFieldKey.Reg(6), 3, 5), NxmFieldRef.Of(OxmFieldKey.Reg(5), 1, 5)),
            NxFlowSpec.Output(NxmFieldRef.Of(OxmFieldKey.Reg(7), 1, 5)),
        ];

        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxLearnAction(in learn, specs)));
        NxLearnView v = NxLearnView.Read(ActionTests.Single(expected));
        Assert.Equal(new TableId(10), v.Table);
        Assert.Equal((ushort)180, v.IdleTimeout);
        Assert.Equal((ushort)300, v.HardTimeout);
        Assert.Equal((ushort)1, v.Priority);
        Assert.Equal(new Cookie(0x64), v.Cookie);
        Assert.Equal((ushort)1, v.Flags);
        Assert.Equal((ushort)180, v.FinIdleTimeout);
        Assert.Equal((ushort)300, v.FinHardTimeout);
        var read = new NxFlowSpec[specs.Length];
        int n = 0;
        foreach (NxFlowSpecView spec in v.Specs)
        {
            read[n++] = ToSpec(spec);
        }

        Assert.Equal(specs, read);
        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) =>
        {
            NxLearnView r = NxLearnView.Read(ActionTests.Single(expected));
            var again = new NxLearnSpec(r.Table)
            {
                IdleTimeout = r.IdleTimeout, HardTimeout = r.HardTimeout, Priority = r.Priority, Cookie = r.Cookie, Flags = r.Flags,
                FinIdleTimeout = r.FinIdleTimeout, FinHardTimeout = r.FinHardTimeout,
            };
            w.WriteNxLearnAction(in again, read);
        }));
    }

    [Fact]
    public void CtWithNestedNat_BuildReadRewrite_MatchesVector()
    {
        byte[] expected = Hex.Parse(CtWithNat);
        var ct = new NxCtSpec(NxCtFlags.Commit) { ZoneSource = NxmFieldRef.Of(OxmFieldKey.Reg(0), 0, 16), RecircTable = new TableId(4) };
        var nat = new NxNatSpec(NxNatFlags.Source)
        {
            Ipv4Min = new Ipv4Address(0x0a000001), Ipv4Max = new Ipv4Address(0x0a000009), ProtoMin = 1000, ProtoMax = 2000,
        };

        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) =>
        {
            LengthSlot slot = w.BeginNxCtAction(in ct);
            w.WriteNxNatAction(in nat);
            w.EndNxCtAction(slot);
        }));
        NxCtView v = NxCtView.Read(ActionTests.Single(expected));
        Assert.Equal(NxCtFlags.Commit, v.Flags);
        Assert.True(v.HasZoneSource);
        Assert.Equal(ct.ZoneSource, v.ZoneSource);
        Assert.Equal(new TableId(4), v.RecircTable);
        Assert.Equal((ushort)0, v.Alg);
        int count = 0;
        foreach (ActionView nested in v.Actions)
        {
            NxNatView n = NxNatView.Read(nested);
            Assert.Equal(NxNatFlags.Source, n.Flags);
            Assert.Equal(NxNatRange.Ipv4Min | NxNatRange.Ipv4Max | NxNatRange.ProtoMin | NxNatRange.ProtoMax, n.RangePresent);
            Assert.Equal(new Ipv4Address(0x0a000001), n.Ipv4Min);
            Assert.Equal(new Ipv4Address(0x0a000009), n.Ipv4Max);
            Assert.Equal((ushort)1000, n.ProtoMin);
            Assert.Equal((ushort)2000, n.ProtoMax);
            Assert.Equal(24, n.Offset);
            count++;
        }

        Assert.Equal(1, count);
    }

    [Fact]
    public void NatIpv6_BuildRead_MatchesVector()
    {
        byte[] expected = Hex.Parse(NatV6);
        Assert.True(Ipv6Address.TryParse("2001:db8::1", out Ipv6Address min));
        Assert.True(Ipv6Address.TryParse("2001:db8::ff", out Ipv6Address max));
        var nat = new NxNatSpec(NxNatFlags.Destination) { Ipv6Min = min, Ipv6Max = max };

        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxNatAction(in nat)));
        NxNatView v = NxNatView.Read(ActionTests.Single(expected));
        Assert.Equal(min, v.Ipv6Min);
        Assert.Equal(max, v.Ipv6Max);
        Assert.Equal(default, v.Ipv4Min);
        Assert.Equal((ushort)0, v.ProtoMin);
    }

    [Fact]
    public void Controller2_BuildRead_MatchesOvsLayout()
    {
        byte[] expected = Hex.Parse(Controller2);

        Assert.Equal(expected, OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxController2Action(1024, 7, 3, [1, 2, 3], pause: true)));
        NxController2View v = NxController2View.Read(ActionTests.Single(expected));
        Assert.True(v.TryGetMaxLength(out ushort maxLength));
        Assert.Equal((ushort)1024, maxLength);
        Assert.True(v.TryGetControllerId(out ushort id));
        Assert.Equal((ushort)7, id);
        Assert.True(v.TryGetReason(out byte reason));
        Assert.Equal((byte)3, reason);
        Assert.Equal(new byte[] { 1, 2, 3 }, v.UserData.ToArray());
        Assert.True(v.Pause);
    }

    [Fact]
    public void SmallActions_Build_MatchVectors()
    {
        Assert.Equal(Hex.Parse(All[6]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxResubmitTableAction(new TableId(4), 3)));
        Assert.Equal(Hex.Parse(All[7]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxConjunctionAction(1, 2, 3)));
        Assert.Equal(Hex.Parse(All[8]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxControllerAction(1, 2, 3)));
        Assert.Equal(Hex.Parse(All[9]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxSample2Action(1, 2, 3, 4, 5)));
        Assert.Equal(Hex.Parse(All[10]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxStackPushAction(NxmFieldRef.Of(OxmFieldKey.Reg(0), 1, 5))));
        Assert.Equal(Hex.Parse(All[11]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxOutputTruncAction(1, 2)));
        Assert.Equal(Hex.Parse(All[12]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxFinTimeoutAction(1, 2)));
        Assert.Equal(Hex.Parse(All[13]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxDecTtlCntIdsAction([1, 2, 3])));
        Assert.Equal(Hex.Parse(All[14]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxNoteAction([1, 2, 3])));
        Assert.Equal(Hex.Parse(All[15]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxSetTunnel64Action(6)));
        Assert.Equal(Hex.Parse(All[16]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxOutputRegAction(NxmFieldRef.Whole(OxmFieldKey.Reg(0)), 5)));
        Assert.Equal(Hex.Parse(All[17]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxMultipathAction(1, 2, 3, 4, 5, NxmFieldRef.Whole(OxmFieldKey.Reg(0)))));
        Assert.Equal(Hex.Parse(All[18]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxBundleLoadAction(1, 2, 3, 4, NxmFieldRef.Whole(OxmFieldKey.Reg(0)), [1, 2])));
        Assert.Equal(Hex.Parse(All[19]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxCtClearAction()));
        Assert.Equal(Hex.Parse(All[20]), OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxRegLoad2Action(OxmFieldKey.Reg(1), [0, 0, 0, 10])));
    }

    [Fact]
    public void SmallActions_Read_GiveValues()
    {
        NxResubmitView resubmit = NxResubmitView.Read(ActionTests.Single(Hex.Parse(All[6])));
        Assert.True(resubmit.HasTable);
        Assert.Equal((ushort)3, resubmit.InPort);
        Assert.Equal(new TableId(4), resubmit.Table);
        NxConjunctionView conj = NxConjunctionView.Read(ActionTests.Single(Hex.Parse(All[7])));
        Assert.Equal((1, 2, 3u), (conj.Clause, conj.ClauseCount, conj.Id));
        NxSampleView sample = NxSampleView.Read(ActionTests.Single(Hex.Parse(All[9])));
        Assert.Equal((true, 1, 2u, 3u, 4u, 5), (sample.IsSample2, (int)sample.Probability, sample.CollectorSetId, sample.ObsDomainId, sample.ObsPointId, (int)sample.SamplingPort));
        NxStackView stack = NxStackView.Read(ActionTests.Single(Hex.Parse(All[10])));
        Assert.True(stack.IsPush);
        Assert.Equal(NxmFieldRef.Of(OxmFieldKey.Reg(0), 1, 5), stack.Field);
        NxDecTtlCntIdsView ids = NxDecTtlCntIdsView.Read(ActionTests.Single(Hex.Parse(All[13])));
        Assert.Equal((3, (ushort)3), (ids.ControllerCount, ids.GetControllerId(2)));
        Assert.Equal(new byte[] { 1, 2, 3, 0, 0, 0 }, NxNoteView.Read(ActionTests.Single(Hex.Parse(All[14]))).Note.ToArray());
        Assert.Equal(6UL, NxSetTunnelView.Read(ActionTests.Single(Hex.Parse(All[15]))).TunnelId);
        Assert.Equal(NxmFieldRef.Whole(OxmFieldKey.Reg(0)), NxOutputRegView.Read(ActionTests.Single(Hex.Parse(All[16]))).Source);
        NxBundleView bundle = NxBundleView.Read(ActionTests.Single(Hex.Parse(All[18])));
        Assert.Equal((true, 2, (ushort)2), (bundle.IsLoad, bundle.MemberCount, bundle.GetMember(1)));
        OxmView loaded = NxRegLoad2View.Read(ActionTests.Single(Hex.Parse(All[20]))).Field;
        Assert.Equal((OxmClass.Nxm1, (byte)1, 10u), (loaded.Class, loaded.FieldCode, loaded.AsUInt32()));
    }

    [Fact]
    public void TryRead_OtherSubtype_FailsWithBadExpType()
    {
        ActionView conj = ActionTests.Single(Hex.Parse(All[7]));

        Assert.False(NxLearnView.TryRead(conj, out _, out OpenFlowFormatError error));
        Assert.Equal(OfpErrorType.BadAction, error.ErrorType);
        Assert.Equal((ushort)OfpBadActionCode.BadExpType, error.ErrorCode);
        Assert.Equal("actions[0].subtype", error.Field);
    }

    [Fact]
    public void Learn_SpecRunningPastTheAction_NamesTheSpecAndOffset()
    {
        byte[] bytes = Hex.Parse(Learn);
        bytes[32 + 10] = 0x23;
        bytes[32 + 10 + 1] = 0xff; // spec 1: an immediate match of 1023 bits (128 value bytes), beyond the action

        Assert.False(NxLearnView.TryRead(ActionTests.Single(bytes), out _, out OpenFlowFormatError error));
        Assert.Equal("actions[0].NXAST_LEARN.specs[1]", error.Field);
        Assert.Equal(42, error.Offset);
        Assert.Equal((ushort)OfpBadActionCode.BadLen, error.ErrorCode);
    }

    [Fact]
    public void Ct_NestedActionBadLength_NamesTheNestedPathInsideAnInstruction()
    {
        byte[] ct = Hex.Parse(CtWithNat);
        ct[24 + 3] = 0x21; // nested NAT len 33

        var list = new ActionListView(ct, OfpType.FlowMod, 100, "instructions", 1);
        ActionEnumerator e = list.GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.False(NxCtView.TryRead(e.Current, out _, out OpenFlowFormatError error));
        Assert.Equal("instructions[1].actions[0].NXAST_CT.actions[0].len", error.Field);
        Assert.Equal(100 + 24 + 2, error.Offset);
    }

    public static TheoryData<int> Vectors()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < All.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Walk_EveryTruncationAndLengthPatch_OnlyFormatErrors(int vector)
    {
        byte[] full = Hex.Parse(All[vector]);
        for (int cut = 0; cut < full.Length; cut++)
        {
            byte[] shortened = full.AsSpan(0, cut).ToArray();
            AssertOnlyFormatErrors(shortened);
            if (cut >= 4)
            {
                // Keep the list consistent: claim exactly the bytes that remain, rounded down to 8.
                int len = cut & ~7;
                shortened[2] = (byte)(len >> 8);
                shortened[3] = (byte)len;
                AssertOnlyFormatErrors(shortened.AsSpan(0, len).ToArray());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Walk_EverySingleByteCorruption_OnlyFormatErrors(int vector)
    {
        byte[] full = Hex.Parse(All[vector]);
        for (int i = 0; i < full.Length; i++)
        {
            foreach (byte value in new byte[] { 0x00, 0x01, 0x07, 0x3f, 0x80, 0xff })
            {
                byte[] corrupt = (byte[])full.Clone();
                corrupt[i] = value;
                AssertOnlyFormatErrors(corrupt);
            }
        }
    }

    [Fact]
    public void WalkAndWrite_LearnAndCtWithNat_AllocateNothing()
    {
        byte[] list = [.. Hex.Parse(Learn), .. Hex.Parse(CtWithNat)];
        byte[] buffer = new byte[256];
        NxFlowSpec[] specs =
        [
            NxFlowSpec.MatchValue(NxmFieldRef.Of(OxmFieldKey.Nxm0(3), 0, 16), 0x800),
            NxFlowSpec.Load(NxmFieldRef.Of(OxmFieldKey.Reg(6), 3, 5), NxmFieldRef.Of(OxmFieldKey.Reg(5), 1, 5)),
        ];
        ulong sum = MessageWalker.WalkActions(new ActionListView(list, OfpType.FlowMod, 0)) + (ulong)WriteBoth(buffer, specs);

        long before = GC.GetAllocatedBytesForCurrentThread();
        sum += MessageWalker.WalkActions(new ActionListView(list, OfpType.FlowMod, 0));
        sum += (ulong)WriteBoth(buffer, specs);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.NotEqual(0UL, sum);
    }

    internal static NxFlowSpec ToSpec(NxFlowSpecView spec) => spec.Destination switch
    {
        NxFlowSpecDestination.Output => NxFlowSpec.Output(spec.Source),
        NxFlowSpecDestination.Match when spec.IsImmediate => NxFlowSpec.MatchValue(spec.DestinationField, spec.ImmediateAsUInt64),
        NxFlowSpecDestination.Match => NxFlowSpec.Match(spec.DestinationField, spec.Source),
        _ when spec.IsImmediate => NxFlowSpec.LoadValue(spec.DestinationField, spec.ImmediateAsUInt64),
        _ => NxFlowSpec.Load(spec.DestinationField, spec.Source),
    };

    private static int WriteBoth(byte[] buffer, NxFlowSpec[] specs)
    {
        var w = new OpenFlowWriter(buffer);
        var learn = new NxLearnSpec(new TableId(3)) { IdleTimeout = 10 };
        w.WriteNxLearnAction(in learn, specs);
        var ct = new NxCtSpec(NxCtFlags.Commit) { ZoneImmediate = 5 };
        LengthSlot slot = w.BeginNxCtAction(in ct);
        w.WriteNxNatAction(new NxNatSpec(NxNatFlags.Source) { Ipv4Min = new Ipv4Address(1), ProtoMax = 9 });
        w.EndNxCtAction(slot);
        return w.BytesWritten;
    }

    private static void AssertOnlyFormatErrors(byte[] actions)
    {
        try
        {
            MessageWalker.WalkActions(new ActionListView(actions, OfpType.FlowMod, 0));
        }
        catch (OpenFlowFormatException)
        {
        }
    }
}
