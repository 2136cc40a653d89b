using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Actions.Nicira;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Match;
using OpenFlow.Protocol.Wire;
using Xunit;

namespace OpenFlow.Protocol.Tests.Actions.Nicira;

public class NiciraRoundTripProperties
{
    [Property]
    public void RegLoad_RandomRegisterBitsValue_RoundTrips(byte reg, byte offset, byte width, ulong value)
    {
        int nBits = 1 + (width % 32);
        int ofs = offset % (33 - nBits);
        NxmFieldRef dst = NxmFieldRef.Of(OxmFieldKey.Reg(reg % 16), ofs, nBits);
        ulong v = nBits == 64 ? value : value & ((1UL << nBits) - 1);

        byte[] bytes = OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxRegLoadAction(dst, v));

        NxRegLoadView view = NxRegLoadView.Read(ActionTests.Single(bytes));
        Assert.Equal(dst, view.Destination);
        Assert.Equal(v, view.Value);
    }

    [Property]
    public void Learn_RandomSpecs_RoundTrip(ushort idle, ushort hard, ulong cookie, byte table, byte[] kinds)
    {
        kinds ??= [];
        var specs = new NxFlowSpec[Math.Min(kinds.Length, 12)];
        for (int i = 0; i < specs.Length; i++)
        {
            int nBits = 1 + (kinds[i] % 32);
            NxmFieldRef a = NxmFieldRef.Of(OxmFieldKey.Reg(i % 16), 0, nBits);
            NxmFieldRef b = NxmFieldRef.Of(OxmFieldKey.XReg(i % 8), kinds[i] % 16, nBits);
            specs[i] = (kinds[i] % 5) switch
            {
                0 => NxFlowSpec.Match(a, b),
                1 => NxFlowSpec.MatchValue(a, (ulong)kinds[i] & ((1UL << nBits) - 1)),
                2 => NxFlowSpec.Load(b, a),
                3 => NxFlowSpec.LoadValue(b, 1),
                _ => NxFlowSpec.Output(a),
            };
        }

        var learn = new NxLearnSpec(new TableId(table)) { IdleTimeout = idle, HardTimeout = hard, Cookie = new Cookie(cookie) };
        byte[] bytes = OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxLearnAction(in learn, specs));

        NxLearnView view = NxLearnView.Read(ActionTests.Single(bytes));
        Assert.Equal((idle, hard, cookie, table), (view.IdleTimeout, view.HardTimeout, view.Cookie.Value, view.Table.Value));
        int n = 0;
        foreach (NxFlowSpecView spec in view.Specs)
        {
            Assert.Equal(specs[n++], NiciraActionTests.ToSpec(spec));
        }

        Assert.Equal(specs.Length, n);
    }

    [Property]
    public void Nat_RandomRanges_RoundTrip(ushort flags, byte present, uint v4a, uint v4b, ulong v6, ushort pa, ushort pb)
    {
        var nat = new NxNatSpec((NxNatFlags)flags)
        {
            Ipv4Min = (present & 1) != 0 ? new Ipv4Address(v4a) : null,
            Ipv4Max = (present & 2) != 0 ? new Ipv4Address(v4b) : null,
            Ipv6Min = (present & 4) != 0 ? new Ipv6Address(v6, 1) : null,
            Ipv6Max = (present & 8) != 0 ? new Ipv6Address(2, v6) : null,
            ProtoMin = (present & 16) != 0 ? pa : null,
            ProtoMax = (present & 32) != 0 ? pb : null,
        };

        byte[] bytes = OxmTests.Write((ref OpenFlowWriter w) => w.WriteNxNatAction(in nat));

        NxNatView v = NxNatView.Read(ActionTests.Single(bytes));
        Assert.Equal((NxNatRange)(present & 0x3f), v.RangePresent);
        var back = new NxNatSpec(v.Flags)
        {
            Ipv4Min = (v.RangePresent & NxNatRange.Ipv4Min) != 0 ? v.Ipv4Min : null,
            Ipv4Max = (v.RangePresent & NxNatRange.Ipv4Max) != 0 ? v.Ipv4Max : null,
            Ipv6Min = (v.RangePresent & NxNatRange.Ipv6Min) != 0 ? v.Ipv6Min : null,
            Ipv6Max = (v.RangePresent & NxNatRange.Ipv6Max) != 0 ? v.Ipv6Max : null,
            ProtoMin = (v.RangePresent & NxNatRange.ProtoMin) != 0 ? v.ProtoMin : null,
            ProtoMax = (v.RangePresent & NxNatRange.ProtoMax) != 0 ? v.ProtoMax : null,
        };
        Assert.Equal(nat, back);
    }

    [Property]
    public void AnyNiciraBody_WalkOrFormatError(ushort subtype, byte[] body)
    {
        body ??= [];
        if (body.Length > 200)
        {
            body = body.AsSpan(0, 200).ToArray();
        }

        byte[] bytes = OxmTests.Write((ref OpenFlowWriter w) => w.WriteNiciraAction((NxActionSubtype)(subtype % 50), body));
        try
        {
            OpenFlow.TestKit.MessageWalker.WalkActions(new ActionListView(bytes, OfpType.FlowMod, 0));
            foreach (ActionView a in new ActionListView(bytes, OfpType.FlowMod, 0))
            {
                _ = NxLearnView.TryRead(a, out _, out _) | NxCtView.TryRead(a, out _, out _) | NxController2View.TryRead(a, out _, out _)
                    | NxNatView.TryRead(a, out _, out _) | NxBundleView.TryRead(a, out _, out _) | NxDecTtlCntIdsView.TryRead(a, out _, out _)
                    | NxRegLoad2View.TryRead(a, out _, out _) | NxRegMoveView.TryRead(a, out _, out _);
            }
        }
        catch (OpenFlow.Protocol.Errors.OpenFlowFormatException)
        {
        }
    }
}
