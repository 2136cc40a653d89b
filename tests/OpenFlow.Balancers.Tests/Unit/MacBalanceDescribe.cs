using System;
using System.Collections.Generic;
using System.Globalization;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Instructions;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Balancers.Tests.Unit;

/// <summary>Flows, groups and actions as short text, so MacBalance's tests can state exactly what they expect.</summary>
internal static class MacBalanceDescribe
{
    /// <summary>A match as "InPort=1,EthType=2048,..." in wire order (addresses as text).</summary>
    public static string Match(byte[] matchBytes)
    {
        // A match read from a message may come without its padding; the view wants it padded.
        byte[] padded = new byte[(matchBytes.Length + 7) / 8 * 8];
        matchBytes.CopyTo(padded, 0);
        MatchView match = MatchView.Read(padded, OfpType.FlowMod, 0);
        var parts = new List<string>();
        foreach (OxmView oxm in match)
        {
            parts.Add(Field(oxm));
        }

        return string.Join(',', parts);
    }

    /// <summary>Instructions as "apply(EthSrc=...,output:2)" or "goto:1"; empty for none (a drop).</summary>
    public static string Instructions(byte[] instructionBytes)
    {
        var list = new InstructionListView(instructionBytes, OfpType.FlowMod, 0);
        var parts = new List<string>();
        foreach (InstructionView instruction in list)
        {
            parts.Add(instruction.Type switch
            {
                OfpInstructionType.ApplyActions => "apply(" + Actions(instruction.Actions) + ")",
                OfpInstructionType.GotoTable => "goto:" + instruction.TableId.Value.ToString(CultureInfo.InvariantCulture),
                _ => instruction.Type.ToString(),
            });
        }

        return string.Join(',', parts);
    }

    /// <summary>Actions as "EthSrc=...,EthDst=...,output:2" ("output:CONTROLLER", "group:N").</summary>
    public static string Actions(ActionListView actions)
    {
        var parts = new List<string>();
        foreach (ActionView action in actions)
        {
            parts.Add(action.Type switch
            {
                OfpActionType.SetField => Field(action.Field),
                OfpActionType.Output => "output:" + (action.Port == PortNo.Controller ? "CONTROLLER" : action.Port.Value.ToString(CultureInfo.InvariantCulture)),
                OfpActionType.Group => "group:" + action.GroupId.Value.ToString(CultureInfo.InvariantCulture),
                _ => action.Type.ToString(),
            });
        }

        return string.Join(',', parts);
    }

    /// <summary>A group's buckets as "w100[EthSrc=...,output:2] w100[...]".</summary>
    public static string Buckets(OfpGroupType type, byte[] bucketBytes)
    {
        // Re-frame as a GROUP_MOD to enumerate the buckets with our codec.
        byte[] message = new byte[GroupModView.BucketsOffset + bucketBytes.Length];
        message[0] = 4;
        message[1] = (byte)OfpType.GroupMod;
        message[2] = (byte)(message.Length >> 8);
        message[3] = (byte)message.Length;
        message[10] = (byte)type;
        bucketBytes.CopyTo(message, GroupModView.BucketsOffset);
        var parts = new List<string>();
        foreach (BucketView bucket in GroupModView.Read(message).Buckets)
        {
            parts.Add("w" + bucket.Weight.ToString(CultureInfo.InvariantCulture) + "[" + Actions(bucket.Actions) + "]");
        }

        return string.Join(' ', parts);
    }

    private static string Field(OxmView oxm) => oxm.Field + "=" + oxm.Field switch
    {
        OxmField.EthSrc or OxmField.EthDst => oxm.AsMac().ToString(),
        OxmField.Ipv4Src or OxmField.Ipv4Dst or OxmField.ArpTpa or OxmField.ArpSpa => oxm.AsIpv4().ToString(),
        _ => oxm.AsUInt64().ToString(CultureInfo.InvariantCulture),
    };
}
