using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Tests.Actions;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Tests.Match;

public class OxmPropertyTests
{
    internal static Gen<OxmSpec> OxmSpecs { get; } =
        from code in Gen.Choose(0, OxmFieldInfo.FieldCount - 1)
        from high in ArbMap.Default.GeneratorFor<ulong>()
        from low in ArbMap.Default.GeneratorFor<ulong>()
        from maskHigh in ArbMap.Default.GeneratorFor<ulong>()
        from maskLow in ArbMap.Default.GeneratorFor<ulong>()
        from masked in ArbMap.Default.GeneratorFor<bool>()
        select Make((OxmField)code, high, low, maskHigh, maskLow, masked);

    internal static Gen<ActionSpec> ActionSpecs { get; } =
        from kind in Gen.Choose(0, 16)
        from number in ArbMap.Default.GeneratorFor<uint>()
        from small in ArbMap.Default.GeneratorFor<ushort>()
        from ttl in ArbMap.Default.GeneratorFor<byte>()
        from field in OxmSpecs
        select kind switch
        {
            0 => ActionSpec.Output(number, small),
            1 => ActionSpec.CopyTtlOut(),
            2 => ActionSpec.CopyTtlIn(),
            3 => ActionSpec.SetMplsTtl(ttl),
            4 => ActionSpec.DecMplsTtl(),
            5 => ActionSpec.PushVlan(small),
            6 => ActionSpec.PopVlan(),
            7 => ActionSpec.PushMpls(small),
            8 => ActionSpec.PopMpls(small),
            9 => ActionSpec.SetQueue(number),
            10 => ActionSpec.Group(number),
            11 => ActionSpec.SetNwTtl(ttl),
            12 => ActionSpec.DecNwTtl(),
            13 => ActionSpec.PushPbb(small),
            14 => ActionSpec.PopPbb(),
            _ => ActionSpec.SetField(field),
        };

    [Property(Replay = "(123456789,987654321)", MaxTest = 300)]
    public Property WriteMatch_RandomFields_ReadsBackSameSpecsAndRewritesSameBytes() =>
        Prop.ForAll(OxmSpecs.ArrayOf().ToArbitrary(), specs =>
        {
            byte[] first = OxmTests.Write((ref OpenFlowWriter w) => w.WriteMatch(specs, checkPrerequisites: false));
            MatchView match = MatchView.Read(first, OfpType.FlowMod, 0);
            if (match.PaddedLength != first.Length || first.Length % 8 != 0)
            {
                return false;
            }

            int i = 0;
            foreach (OxmView oxm in match)
            {
                if (i >= specs.Length || !OxmSpec.TryFromView(oxm, out OxmSpec read) || read != specs[i])
                {
                    return false;
                }

                i++;
            }

            byte[] second = OxmTests.Write((ref OpenFlowWriter w) =>
            {
                LengthSlot slot = w.BeginMatch(checkPrerequisites: false);
                foreach (OxmView oxm in MatchView.Read(first, OfpType.FlowMod, 0))
                {
                    if (oxm.HasMask)
                    {
                        w.WriteRawOxm((ushort)oxm.Class, oxm.FieldCode, oxm.Value, oxm.Mask);
                    }
                    else
                    {
                        w.WriteRawOxm((ushort)oxm.Class, oxm.FieldCode, oxm.Value);
                    }
                }

                w.EndMatch(slot);
            });

            return i == specs.Length && first.AsSpan().SequenceEqual(second);
        });

    [Property(Replay = "(192837465,564738291)", MaxTest = 300)]
    public Property WriteActions_RandomSpecs_ReadBackSameSpecsAndRewriteSameBytes() =>
        Prop.ForAll(ActionSpecs.ArrayOf().ToArbitrary(), specs =>
        {
            byte[] first = OxmTests.Write((ref OpenFlowWriter w) => w.WriteActions(specs));
            int i = 0;
            foreach (ActionView action in new ActionListView(first, OfpType.FlowMod, 0))
            {
                if (i >= specs.Length || !ActionSpec.TryFromView(action, out ActionSpec read) || read != specs[i] || action.Length % 8 != 0)
                {
                    return false;
                }

                i++;
            }

            byte[] second = OxmTests.Write((ref OpenFlowWriter w) =>
            {
                foreach (ActionView action in new ActionListView(first, OfpType.FlowMod, 0))
                {
                    w.WriteRawAction((ushort)action.Type, action.Body);
                }
            });

            return i == specs.Length && first.AsSpan().SequenceEqual(second);
        });

    private static OxmSpec Make(OxmField field, ulong high, ulong low, ulong maskHigh, ulong maskLow, bool masked)
    {
        int bits = OxmFieldInfo.GetValueBits(field);
        int bytes = OxmFieldInfo.GetValueLength(field);
        if (bits < 64)
        {
            high = 0;
            low &= (1UL << bits) - 1;
        }
        else if (bits == 64)
        {
            high = 0;
        }

        if (bytes < 8)
        {
            maskHigh = 0;
            maskLow &= (1UL << (8 * bytes)) - 1;
        }
        else if (bytes == 8)
        {
            maskHigh = 0;
        }

        if (!masked || !OxmFieldInfo.IsMaskable(field))
        {
            return bytes == 16
                ? OxmSpec.Ipv6(field, new Ipv6Address(high, low))
                : new OxmSpec(field, low);
        }

        return bytes == 16
            ? OxmSpec.Ipv6(field, new Ipv6Address(high, low), new Ipv6Address(maskHigh, maskLow))
            : new OxmSpec(field, low, maskLow);
    }
}
