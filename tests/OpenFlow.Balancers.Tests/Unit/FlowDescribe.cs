using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Actions.Nicira;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;
using OpenFlow.TestKit;

namespace OpenFlow.Balancers.Tests.Unit;

/// <summary>
/// Renders flows and group buckets decoded with our codec as short text (a little like ovs-ofctl), so the balancers'
/// tests can say what a flow does in one line: <c>table=1 prio=100 [EthType=0x0800,IpProto=6,ct_state=0x21/0x21] group:0x4c420001</c>.
/// </summary>
internal static class FlowDescribe
{
    /// <summary>One FLOW_MOD: table, priority, match and instructions.</summary>
    public static string Flow(byte[] flowMod)
    {
        FlowModView flow = FlowModView.Read(flowMod);
        return $"table={flow.TableId.Value} prio={flow.Priority} [{Match(flow.Match)}] {Instructions(flow.Instructions)}".TrimEnd();
    }

    /// <summary>One flow a <see cref="FlowTableSwitch"/> holds, as <see cref="Flow(byte[])"/> renders it.</summary>
    public static string Flow(FlowTableSwitch.Flow flow) => Flow(FakeSwitch.Encode(flow, static (ref OpenFlowWriter w, in FlowTableSwitch.Flow f) =>
    {
        LengthSlot slot = w.BeginFlowMod(new Xid(1), new FlowModFields { TableId = new TableId(f.TableId), Priority = f.Priority, Cookie = new Cookie(f.Cookie) });
        w.WriteBytes(f.Match);
        w.WriteBytes(f.Instructions);
        w.EndMessage(slot);
    }));

    /// <summary>All flows a <see cref="FlowTableSwitch"/> holds, one line each.</summary>
    public static List<string> Flows(IEnumerable<FlowTableSwitch.Flow> flows)
    {
        var lines = new List<string>();
        foreach (FlowTableSwitch.Flow flow in flows)
        {
            lines.Add(Flow(flow));
        }

        return lines;
    }

    /// <summary>All flows of a wanted state, one line each.</summary>
    public static List<string> Flows(IEnumerable<byte[]> flowMods)
    {
        var lines = new List<string>();
        foreach (byte[] flow in flowMods)
        {
            lines.Add(Flow(flow));
        }

        return lines;
    }

    /// <summary>The buckets of a GROUP_MOD: "weight=W actions", one each.</summary>
    public static List<string> Buckets(byte[] groupMod)
    {
        var lines = new List<string>();
        foreach (BucketView bucket in GroupModView.Read(groupMod).Buckets)
        {
            lines.Add($"weight={bucket.Weight} {Actions(bucket.Actions)}");
        }

        return lines;
    }

    /// <summary>The buckets of a group a <see cref="FlowTableSwitch"/> holds, as <see cref="Buckets(byte[])"/> renders them.</summary>
    public static List<string> Buckets(uint groupId, FlowTableSwitch.Group group) => Buckets(FakeSwitch.Encode((groupId, group), static (ref OpenFlowWriter w, in (uint Id, FlowTableSwitch.Group Group) g) =>
    {
        LengthSlot slot = w.BeginGroupMod(new Xid(1), OfpGroupModCommand.Add, g.Group.Type, new GroupId(g.Id));
        w.WriteBytes(g.Group.Buckets);
        w.EndMessage(slot);
    }));

    /// <summary>A match's fields, comma-separated, in wire order.</summary>
    public static string Match(MatchView match)
    {
        var fields = new List<string>();
        foreach (OxmView oxm in match)
        {
            fields.Add(Oxm(oxm));
        }

        return string.Join(',', fields);
    }

    /// <summary>Instructions: apply-actions as their actions, "goto:N", "drop" for none.</summary>
    public static string Instructions(InstructionListView instructions)
    {
        var parts = new List<string>();
        foreach (InstructionView instruction in instructions)
        {
            parts.Add(instruction.Type switch
            {
                OfpInstructionType.ApplyActions => Actions(instruction.Actions),
                OfpInstructionType.GotoTable => "goto:" + instruction.TableId.Value.ToString(CultureInfo.InvariantCulture),
                _ => instruction.Type.ToString(),
            });
        }

        return parts.Count == 0 ? "drop" : string.Join(' ', parts);
    }

    /// <summary>Actions, comma-separated: "set:Field=value", "output:N", "CONTROLLER:maxlen", "group:0x...", ct/nat/move.</summary>
    public static string Actions(ActionListView actions)
    {
        var parts = new List<string>();
        foreach (ActionView action in actions)
        {
            parts.Add(Action(action));
        }

        return string.Join(',', parts);
    }

    private static string Action(ActionView action)
    {
        switch (action.Type)
        {
            case OfpActionType.Output:
                return action.Port == PortNo.Controller
                    ? "CONTROLLER:" + action.MaxLength.ToString(CultureInfo.InvariantCulture)
                    : "output:" + action.Port.Value.ToString(CultureInfo.InvariantCulture);
            case OfpActionType.Group:
                return "group:0x" + action.GroupId.Value.ToString("x8", CultureInfo.InvariantCulture);
            case OfpActionType.SetField:
                return "set:" + Oxm(action.Field);
            case OfpActionType.Experimenter when action.IsNicira:
                return (NxActionSubtype)action.NiciraSubtype switch
                {
                    NxActionSubtype.Ct => Ct(NxCtView.Read(action)),
                    NxActionSubtype.Nat => Nat(NxNatView.Read(action)),
                    NxActionSubtype.RegMove => Move(NxRegMoveView.Read(action)),
                    NxActionSubtype other => "nx:" + other,
                };
            default:
                return action.Type.ToString();
        }
    }

    private static string Ct(NxCtView ct)
    {
        var text = new StringBuilder("ct(");
        if ((ct.Flags & NxCtFlags.Commit) != 0)
        {
            text.Append("commit,");
        }

        text.Append(CultureInfo.InvariantCulture, $"zone={ct.ZoneImmediate},table={ct.RecircTable.Value}");
        string nested = Actions(ct.Actions);
        if (nested.Length > 0)
        {
            text.Append(',').Append(nested);
        }

        return text.Append(')').ToString();
    }

    private static string Nat(NxNatView nat)
    {
        var parts = new List<string>();
        if ((nat.Flags & NxNatFlags.Source) != 0)
        {
            parts.Add("src=" + nat.Ipv4Min);
        }

        if ((nat.Flags & NxNatFlags.Destination) != 0)
        {
            parts.Add("dst=" + nat.Ipv4Min);
        }

        if (nat.ProtoMin != 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"ports={nat.ProtoMin}-{nat.ProtoMax}"));
        }

        return parts.Count == 0 ? "nat" : "nat(" + string.Join(',', parts) + ")";
    }

    private static string Move(NxRegMoveView move) => $"move:{FieldRef(move.Source)}->{FieldRef(move.Destination)}";

    private static string FieldRef(NxmFieldRef field)
    {
        string name = (field.Header.Class, field.Header.FieldCode) switch
        {
            (OxmClass.Nxm0, 1) => "NXM_OF_ETH_DST",
            (OxmClass.Nxm0, 2) => "NXM_OF_ETH_SRC",
            (OxmClass.Nxm1, 108) => "ct_label",
            (OxmClass.OpenFlowBasic, byte code) => "OXM_" + ((OxmField)code),
            (OxmClass c, byte code) => $"{c}:{code}",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{name}[{field.Offset}..{field.Offset + field.NBits - 1}]");
    }

    private static string Oxm(OxmView oxm)
    {
        if (oxm.Class == OxmClass.Nxm1 && oxm.FieldCode == 105)
        {
            return string.Create(CultureInfo.InvariantCulture, $"ct_state=0x{BinaryPrimitives.ReadUInt32BigEndian(oxm.Value):x}/0x{BinaryPrimitives.ReadUInt32BigEndian(oxm.Mask):x}");
        }

        if (!oxm.IsOpenFlowBasic)
        {
            return $"{oxm.Class}:{oxm.FieldCode}";
        }

        string value = oxm.Field switch
        {
            OxmField.EthSrc or OxmField.EthDst => oxm.AsMac().ToString(),
            OxmField.Ipv4Src or OxmField.Ipv4Dst or OxmField.ArpTpa or OxmField.ArpSpa => oxm.AsIpv4().ToString(),
            OxmField.EthType => "0x" + oxm.AsUInt16().ToString("x4", CultureInfo.InvariantCulture),
            _ => oxm.AsUInt64().ToString(CultureInfo.InvariantCulture),
        };
        return oxm.Field + "=" + value;
    }
}
