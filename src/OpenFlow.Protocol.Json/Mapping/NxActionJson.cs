using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using OpenFlow.Protocol.Actions;
using OpenFlow.Protocol.Actions.Nicira;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Json.Mapping;

/// <summary>
/// Nicira extension actions as os-ken's <c>nx_actions</c> classes print them (<c>NXActionRegLoad</c>,
/// <c>NXActionLearn</c> with <c>NXFlowSpecMatch</c>/<c>Load</c>/<c>Output</c> specs, <c>NXActionCT</c> with nested
/// <c>actions</c>, <c>NXActionNAT</c>, ...), read through the codec's typed views and written with its writer. Field
/// headers print as Ryu names them (<c>reg0</c>, <c>field_N</c> for an unnamed one) and encode with the field's own
/// length and no mask bit, as Ryu does.
/// </summary>
internal static class NxActionJson
{
    private const string FlowSpecMatch = "NXFlowSpecMatch";
    private const string FlowSpecLoad = "NXFlowSpecLoad";
    private const string FlowSpecOutput = "NXFlowSpecOutput";

    /// <summary>Writes a Nicira action whose subtype has a Ryu class.</summary>
    public static void Write(Utf8JsonWriter json, ActionView action, string className)
    {
        var subtype = (NxActionSubtype)action.NiciraSubtype;
        ReadOnlySpan<byte> bytes = action.Bytes;
        json.WriteStartObject();
        json.WriteStartObject(className);
        switch (subtype)
        {
            case NxActionSubtype.RegLoad:
            {
                NxRegLoadView v = NxRegLoadView.Read(action);
                json.WriteString("dst", FieldName(v.Destination));
                json.WriteNumber("ofs_nbits", v.OfsNbits);
                json.WriteNumber("value", v.Value);
                break;
            }

            case NxActionSubtype.RegLoad2:
            {
                OxmView field = NxRegLoad2View.Read(action).Field;
                OxmJson.Describe(field.Bytes, out OxmEntry entry, out ReadOnlySpan<byte> value, out ReadOnlySpan<byte> mask, out bool hasMask);
                json.WriteString("dst", entry.Name);
                json.WritePropertyName("mask");
                if (hasMask)
                {
                    OxmJson.WriteValue(json, entry, mask);
                }
                else
                {
                    json.WriteNullValue();
                }

                json.WritePropertyName("value");
                OxmJson.WriteValue(json, entry, value);
                break;
            }

            case NxActionSubtype.RegMove:
            {
                NxRegMoveView v = NxRegMoveView.Read(action);
                json.WriteString("dst_field", FieldName(v.Destination));
                json.WriteNumber("dst_ofs", v.DestinationOffset);
                json.WriteNumber("n_bits", v.NBits);
                json.WriteString("src_field", FieldName(v.Source));
                json.WriteNumber("src_ofs", v.SourceOffset);
                break;
            }

            case NxActionSubtype.Resubmit:
            case NxActionSubtype.ResubmitTable:
            {
                NxResubmitView v = NxResubmitView.Read(action);
                json.WriteNumber("in_port", v.InPort);
                if (v.HasTable)
                {
                    json.WriteNumber("table_id", v.Table.Value);
                }

                break;
            }

            case NxActionSubtype.Learn:
                WriteLearn(json, NxLearnView.Read(action));
                break;
            case NxActionSubtype.Conjunction:
            {
                NxConjunctionView v = NxConjunctionView.Read(action);
                json.WriteNumber("clause", v.Clause);
                json.WriteNumber("id", v.Id);
                json.WriteNumber("n_clauses", v.ClauseCount);
                break;
            }

            case NxActionSubtype.Ct:
            {
                NxCtView v = NxCtView.Read(action);
                ActionJson.WriteList(json, "actions", v.Actions);
                json.WriteNumber("alg", v.Alg);
                json.WriteNumber("flags", (ushort)v.Flags);
                json.WriteNumber("recirc_table", v.RecircTable.Value);
                json.WriteNumber("zone_ofs_nbits", v.ZoneOfsNbits);
                json.WriteString("zone_src", v.HasZoneSource ? FieldName(v.ZoneSource) : string.Empty);
                break;
            }

            case NxActionSubtype.Nat:
            {
                NxNatView v = NxNatView.Read(action);
                NxNatRange present = v.RangePresent;
                json.WriteNumber("flags", (ushort)v.Flags);
                json.WriteString("range_ipv4_max", (present & NxNatRange.Ipv4Max) != 0 ? v.Ipv4Max.ToString() : string.Empty);
                json.WriteString("range_ipv4_min", (present & NxNatRange.Ipv4Min) != 0 ? v.Ipv4Min.ToString() : string.Empty);
                json.WriteString("range_ipv6_max", (present & NxNatRange.Ipv6Max) != 0 ? v.Ipv6Max.ToString() : string.Empty);
                json.WriteString("range_ipv6_min", (present & NxNatRange.Ipv6Min) != 0 ? v.Ipv6Min.ToString() : string.Empty);
                WriteOptional(json, "range_proto_max", (present & NxNatRange.ProtoMax) != 0, v.ProtoMax);
                WriteOptional(json, "range_proto_min", (present & NxNatRange.ProtoMin) != 0, v.ProtoMin);
                break;
            }

            case NxActionSubtype.Note:
                WriteByteList(json, "note", NxNoteView.Read(action).Note);
                break;
            case NxActionSubtype.Controller:
            {
                NxControllerView v = NxControllerView.Read(action);
                json.WriteNumber("controller_id", v.ControllerId);
                json.WriteNumber("max_len", v.MaxLength);
                json.WriteNumber("reason", v.Reason);
                break;
            }

            case NxActionSubtype.Controller2:
                WriteController2(json, NxController2View.Read(action));
                break;
            case NxActionSubtype.Sample:
            case NxActionSubtype.Sample2:
            {
                NxSampleView v = NxSampleView.Read(action);
                json.WriteNumber("collector_set_id", v.CollectorSetId);
                json.WriteNumber("obs_domain_id", v.ObsDomainId);
                json.WriteNumber("obs_point_id", v.ObsPointId);
                json.WriteNumber("probability", v.Probability);
                if (v.IsSample2)
                {
                    json.WriteNumber("sampling_port", v.SamplingPort);
                }

                break;
            }

            case NxActionSubtype.StackPush:
            case NxActionSubtype.StackPop:
            {
                NxmFieldRef field = NxStackView.Read(action).Field;
                json.WriteNumber("end", field.NBits);
                json.WriteString("field", FieldName(field));
                json.WriteNumber("start", field.Offset);
                break;
            }

            case NxActionSubtype.OutputTrunc:
            {
                NxOutputTruncView v = NxOutputTruncView.Read(action);
                json.WriteNumber("max_len", v.MaxLength);
                json.WriteNumber("port", v.Port);
                break;
            }

            case NxActionSubtype.FinTimeout:
            {
                NxFinTimeoutView v = NxFinTimeoutView.Read(action);
                json.WriteNumber("fin_hard_timeout", v.FinHardTimeout);
                json.WriteNumber("fin_idle_timeout", v.FinIdleTimeout);
                break;
            }

            case NxActionSubtype.DecTtlCntIds:
            {
                NxDecTtlCntIdsView v = NxDecTtlCntIdsView.Read(action);
                json.WriteStartArray("cnt_ids");
                for (int i = 0; i < v.ControllerCount; i++)
                {
                    json.WriteNumberValue(v.GetControllerId(i));
                }

                json.WriteEndArray();
                break;
            }

            case NxActionSubtype.SetTunnel:
            case NxActionSubtype.SetTunnel64:
                json.WriteNumber("tun_id", NxSetTunnelView.Read(action).TunnelId);
                break;
            case NxActionSubtype.OutputReg:
            case NxActionSubtype.OutputReg2:
            {
                NxOutputRegView v = NxOutputRegView.Read(action);
                json.WriteNumber("max_len", v.MaxLength);
                json.WriteNumber("ofs_nbits", v.OfsNbits);
                json.WriteString("src", FieldName(v.Source));
                break;
            }

            case NxActionSubtype.Multipath:
            {
                NxMultipathView v = NxMultipathView.Read(action);
                json.WriteNumber("algorithm", v.Algorithm);
                json.WriteNumber("arg", v.Arg);
                json.WriteNumber("basis", v.Basis);
                json.WriteString("dst", FieldName(v.Destination));
                json.WriteNumber("fields", v.Fields);
                json.WriteNumber("max_link", v.MaxLink);
                json.WriteNumber("ofs_nbits", v.OfsNbits);
                break;
            }

            case NxActionSubtype.Bundle:
            case NxActionSubtype.BundleLoad:
            {
                NxBundleView v = NxBundleView.Read(action);
                json.WriteNumber("algorithm", v.Algorithm);
                json.WriteNumber("basis", v.Basis);
                if (v.DestinationHeader == 0)
                {
                    json.WriteNumber("dst", 0);
                }
                else
                {
                    json.WriteString("dst", FieldName(v.Destination));
                }

                json.WriteNumber("fields", v.Fields);
                json.WriteNumber("n_slaves", v.MemberCount);
                json.WriteNumber("ofs_nbits", v.OfsNbits);
                json.WriteNumber("slave_type", v.SlaveType);
                json.WriteStartArray("slaves");
                for (int i = 0; i < v.MemberCount; i++)
                {
                    json.WriteNumberValue(v.GetMember(i));
                }

                json.WriteEndArray();
                break;
            }

            default:
                WriteSimple(json, subtype, bytes);
                break;
        }

        json.WriteNumber("experimenter", action.ExperimenterId);
        json.WriteNumber("len", action.Length);
        json.WriteNumber("subtype", (ushort)subtype);
        json.WriteNumber("type", (ushort)OfpActionType.Experimenter);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Encodes the body of a Nicira class object (the caller applies a given <c>len</c>).</summary>
    public static void Encode(ref OpenFlowWriter writer, JsonBody body, ushort subtypeNumber)
    {
        if (body.UInt16("type", (ushort)OfpActionType.Experimenter) != (ushort)OfpActionType.Experimenter)
        {
            throw new RyuJsonException(body.PathOf("type"), body.ClassName + " has type 65535");
        }

        if (body.UInt32("experimenter", NxActionTable.NiciraExperimenter) != NxActionTable.NiciraExperimenter)
        {
            throw new RyuJsonException(body.PathOf("experimenter"), body.ClassName + " has experimenter 8992 (Nicira)");
        }

        if (body.UInt16("subtype", subtypeNumber) != subtypeNumber)
        {
            throw new RyuJsonException(body.PathOf("subtype"), body.ClassName + " has subtype " + subtypeNumber.ToString(CultureInfo.InvariantCulture));
        }

        var subtype = (NxActionSubtype)subtypeNumber;
        switch (subtype)
        {
            case NxActionSubtype.RegLoad:
                writer.WriteNxRegLoadAction(NxmFieldRef.FromOfsNbits(new OxmHeader(HeaderOf(body, "dst", out _)), body.UInt16("ofs_nbits")), 0);
                PatchRegLoadValue(ref writer, body.UInt64("value"));
                break;
            case NxActionSubtype.RegLoad2:
                EncodeRegLoad2(ref writer, body);
                break;
            case NxActionSubtype.RegMove:
            {
                int nBits = body.UInt16("n_bits");
                uint src = HeaderOf(body, "src_field", out uint srcExp);
                uint dst = HeaderOf(body, "dst_field", out uint dstExp);
                writer.WriteNxRegMoveAction(
                    new NxmFieldRef(new OxmHeader(src), body.UInt16("src_ofs", 0), nBits, srcExp),
                    new NxmFieldRef(new OxmHeader(dst), body.UInt16("dst_ofs", 0), nBits, dstExp));
                break;
            }

            case NxActionSubtype.Resubmit:
                writer.WriteNxResubmitAction(body.UInt16("in_port", 0xfff8));
                break;
            case NxActionSubtype.ResubmitTable:
                writer.WriteNxResubmitTableAction(new TableId((byte)body.UInt("table_id", byte.MaxValue, byte.MaxValue)), body.UInt16("in_port", 0xfff8));
                break;
            case NxActionSubtype.Learn:
                EncodeLearn(ref writer, body);
                break;
            case NxActionSubtype.Conjunction:
                writer.WriteNxConjunctionAction(body.UInt8("clause"), body.UInt8("n_clauses"), body.UInt32("id"));
                break;
            case NxActionSubtype.Ct:
                EncodeCt(ref writer, body);
                break;
            case NxActionSubtype.Nat:
                EncodeNat(ref writer, body);
                break;
            case NxActionSubtype.Note:
                writer.WriteNxNoteAction(ByteList(body, "note"));
                break;
            case NxActionSubtype.Controller:
                writer.WriteNxControllerAction(body.UInt16("max_len"), body.UInt16("controller_id"), body.UInt8("reason"));
                break;
            case NxActionSubtype.Controller2:
                EncodeController2(ref writer, body);
                break;
            case NxActionSubtype.Sample:
                writer.WriteNxSampleAction(body.UInt16("probability"), body.UInt32("collector_set_id", 0), body.UInt32("obs_domain_id", 0), body.UInt32("obs_point_id", 0));
                break;
            case NxActionSubtype.Sample2:
                writer.WriteNxSample2Action(body.UInt16("probability"), body.UInt32("collector_set_id", 0), body.UInt32("obs_domain_id", 0), body.UInt32("obs_point_id", 0), body.UInt16("sampling_port", 0));
                break;
            case NxActionSubtype.StackPush:
            case NxActionSubtype.StackPop:
            {
                uint header = HeaderOf(body, "field", out _);
                var field = new NxmFieldRef(new OxmHeader(header), body.UInt16("start"), body.UInt16("end"));
                if (subtype == NxActionSubtype.StackPush)
                {
                    writer.WriteNxStackPushAction(field);
                }
                else
                {
                    writer.WriteNxStackPopAction(field);
                }

                break;
            }

            case NxActionSubtype.OutputTrunc:
                writer.WriteNxOutputTruncAction(body.UInt16("port"), body.UInt32("max_len"));
                break;
            case NxActionSubtype.FinTimeout:
                writer.WriteNxFinTimeoutAction(body.UInt16("fin_idle_timeout"), body.UInt16("fin_hard_timeout"));
                break;
            case NxActionSubtype.DecTtlCntIds:
            {
                List<ulong> ids = NumberList(body, "cnt_ids", ushort.MaxValue);
                var list = new ushort[ids.Count];
                for (int i = 0; i < list.Length; i++)
                {
                    list[i] = (ushort)ids[i];
                }

                writer.WriteNxDecTtlCntIdsAction(list);
                break;
            }

            case NxActionSubtype.SetTunnel:
                writer.WriteNxSetTunnelAction(body.UInt32("tun_id"));
                break;
            case NxActionSubtype.SetTunnel64:
                writer.WriteNxSetTunnel64Action(body.UInt64("tun_id"));
                break;
            case NxActionSubtype.OutputReg:
            case NxActionSubtype.OutputReg2:
            {
                uint header = HeaderOf(body, "src", out uint exp);
                NxmFieldRef source = NxmFieldRef.FromOfsNbits(new OxmHeader(header), body.UInt16("ofs_nbits"), exp);
                if (subtype == NxActionSubtype.OutputReg)
                {
                    writer.WriteNxOutputRegAction(source, body.UInt16("max_len"));
                }
                else
                {
                    writer.WriteNxOutputReg2Action(source, body.UInt16("max_len"));
                }

                break;
            }

            case NxActionSubtype.Multipath:
                writer.WriteNxMultipathAction(
                    body.UInt16("fields"), body.UInt16("basis"), body.UInt16("algorithm"), body.UInt16("max_link"), body.UInt32("arg"),
                    NxmFieldRef.FromOfsNbits(new OxmHeader(HeaderOf(body, "dst", out _)), body.UInt16("ofs_nbits")));
                break;
            case NxActionSubtype.Bundle:
            case NxActionSubtype.BundleLoad:
                EncodeBundle(ref writer, body, subtype);
                break;
            default:
                EncodeSimple(ref writer, body, subtype);
                break;
        }
    }

    private static void WriteLearn(Utf8JsonWriter json, NxLearnView learn)
    {
        json.WriteNumber("cookie", learn.Cookie.Value);
        json.WriteNumber("fin_hard_timeout", learn.FinHardTimeout);
        json.WriteNumber("fin_idle_timeout", learn.FinIdleTimeout);
        json.WriteNumber("flags", learn.Flags);
        json.WriteNumber("hard_timeout", learn.HardTimeout);
        json.WriteNumber("idle_timeout", learn.IdleTimeout);
        json.WriteNumber("priority", learn.Priority);
        json.WriteStartArray("specs");
        foreach (NxFlowSpecView spec in learn.Specs)
        {
            json.WriteStartObject();
            json.WriteStartObject(spec.Destination switch
            {
                NxFlowSpecDestination.Match => FlowSpecMatch,
                NxFlowSpecDestination.Load => FlowSpecLoad,
                _ => FlowSpecOutput,
            });
            json.WritePropertyName("dst");
            if (spec.Destination == NxFlowSpecDestination.Output)
            {
                json.WriteStringValue(string.Empty);
            }
            else
            {
                WriteSubfield(json, spec.DestinationField);
            }

            json.WriteNumber("n_bits", spec.NBits);
            json.WritePropertyName("src");
            if (spec.IsImmediate)
            {
                OxmJson.WriteInteger(json, spec.Immediate);
            }
            else
            {
                WriteSubfield(json, spec.Source);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("table_id", learn.Table.Value);
    }

    private static void WriteSubfield(Utf8JsonWriter json, NxmFieldRef field)
    {
        json.WriteStartArray();
        json.WriteStringValue(FieldName(field));
        json.WriteNumberValue(field.Offset);
        json.WriteEndArray();
    }

    private static void WriteController2(Utf8JsonWriter json, NxController2View view)
    {
        foreach (NxPropertyView property in view.Properties)
        {
            switch (property.Type)
            {
                case NxController2PropertyType.MaxLength:
                    json.WriteNumber("max_len", (ushort)property.ValueAsNumber);
                    break;
                case NxController2PropertyType.ControllerId:
                    json.WriteNumber("controller_id", (ushort)property.ValueAsNumber);
                    break;
                case NxController2PropertyType.Reason:
                    json.WriteNumber("reason", (byte)property.ValueAsNumber);
                    break;
                case NxController2PropertyType.UserData:
                    WriteByteList(json, "userdata", property.Value);
                    break;
                case NxController2PropertyType.Pause:
                    json.WriteBoolean("pause", true);
                    break;
                default:
                    throw new RyuJsonNotSupportedException("NXActionController2 property " + ((ushort)property.Type).ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static void WriteSimple(Utf8JsonWriter json, NxActionSubtype subtype, ReadOnlySpan<byte> bytes)
    {
        // The os-ken classes the codec has no typed view for: their bodies are one fixed field each.
        switch (subtype)
        {
            case NxActionSubtype.SetQueue:
                json.WriteNumber("queue_id", NxBytes.U32(bytes, 12));
                break;
            case NxActionSubtype.PushMpls:
            case NxActionSubtype.PopMpls:
                json.WriteNumber("ethertype", NxBytes.U16(bytes, 10));
                break;
            case NxActionSubtype.SetMplsTtl:
                json.WriteNumber("ttl", bytes[10]);
                break;
            case NxActionSubtype.SetMplsLabel:
                json.WriteNumber("label", NxBytes.U32(bytes, 12));
                break;
            case NxActionSubtype.SetMplsTc:
                json.WriteNumber("tc", bytes[10]);
                break;
            case NxActionSubtype.Encap:
                json.WriteNumber("hdr_size", NxBytes.U16(bytes, 10));
                json.WriteNumber("new_pkt_type", NxBytes.U32(bytes, 12));
                break;
            default:
                break; // pop_queue, exit, dec_ttl, dec_mpls_ttl, ct_clear, dec_nsh_ttl: nothing but padding.
        }
    }

    private static void EncodeSimple(ref OpenFlowWriter writer, JsonBody body, NxActionSubtype subtype)
    {
        Span<byte> b = stackalloc byte[6];
        b.Clear();
        switch (subtype)
        {
            case NxActionSubtype.SetQueue:
                NxBytes.Put32(b, 2, body.UInt32("queue_id"));
                break;
            case NxActionSubtype.PushMpls:
            case NxActionSubtype.PopMpls:
                NxBytes.Put16(b, 0, body.UInt16("ethertype"));
                break;
            case NxActionSubtype.SetMplsTtl:
                b[0] = body.UInt8("ttl");
                break;
            case NxActionSubtype.SetMplsLabel:
                NxBytes.Put32(b, 2, body.UInt32("label"));
                break;
            case NxActionSubtype.SetMplsTc:
                b[0] = body.UInt8("tc");
                break;
            case NxActionSubtype.Encap:
                NxBytes.Put16(b, 0, body.UInt16("hdr_size", 0));
                NxBytes.Put32(b, 2, body.UInt32("new_pkt_type", 0));
                break;
            default:
                break;
        }

        writer.WriteNiciraAction(subtype, b);
    }

    private static void EncodeRegLoad2(ref OpenFlowWriter writer, JsonBody body)
    {
        // The TLV is laid out like a set-field's (OxmJson), so fields Ryu knows only by field_N also encode.
        string name = body.Text("dst");
        OxmEntry entry = OxmTable.Find(name) ?? throw new RyuJsonException(body.PathOf("dst"), "unknown OXM field \"" + name + "\"");
        byte[] value = OxmJson.ParseValue(entry, body.Required("value"), body.PathOf("value"));
        byte[]? mask = body.TryGet("mask", out JsonElement m) ? OxmJson.ParseValue(entry, m, body.PathOf("mask")) : null;
        LengthSlot slot = writer.BeginNiciraAction(NxActionSubtype.RegLoad2);
        OxmJson.WriteTlv(ref writer, (entry, value, mask));
        writer.EndNiciraAction(slot);
    }

    private static void EncodeLearn(ref OpenFlowWriter writer, JsonBody body)
    {
        var learn = new NxLearnSpec(new TableId(body.UInt8("table_id")))
        {
            IdleTimeout = body.UInt16("idle_timeout", 0),
            HardTimeout = body.UInt16("hard_timeout", 0),
            Priority = body.UInt16("priority", 0x8000),
            Cookie = new Cookie(body.TryGet("cookie", out JsonElement c) ? JsonBody.ToUInt(c, body.PathOf("cookie"), ulong.MaxValue) : 0),
            Flags = body.UInt16("flags", 0),
            FinIdleTimeout = body.UInt16("fin_idle_timeout", 0),
            FinHardTimeout = body.UInt16("fin_hard_timeout", 0),
        };
        var specs = new List<NxFlowSpec>();
        foreach (var (element, path) in body.List("specs"))
        {
            specs.Add(ParseFlowSpec(JsonBody.Unwrap(element, path)));
        }

        writer.WriteNxLearnAction(in learn, specs.ToArray());
    }

    private static NxFlowSpec ParseFlowSpec(JsonBody spec)
    {
        NxFlowSpecDestination kind = spec.ClassName switch
        {
            FlowSpecMatch => NxFlowSpecDestination.Match,
            FlowSpecLoad => NxFlowSpecDestination.Load,
            FlowSpecOutput => NxFlowSpecDestination.Output,
            _ => throw new RyuJsonException(spec.Path, "\"" + spec.ClassName + "\" is not a flow spec class (NXFlowSpecMatch, NXFlowSpecLoad, NXFlowSpecOutput)"),
        };
        int nBits = (int)spec.UInt("n_bits", 0x3ff);
        JsonElement src = spec.Required("src");
        NxFlowSpec result;
        if (kind == NxFlowSpecDestination.Output)
        {
            if (spec.TryGet("dst", out JsonElement dstOut) && !(dstOut.ValueKind == JsonValueKind.String && dstOut.GetString()!.Length == 0))
            {
                throw new RyuJsonException(spec.PathOf("dst"), "an NXFlowSpecOutput has dst \"\"");
            }

            result = NxFlowSpec.Output(Subfield(src, spec.PathOf("src"), nBits));
        }
        else
        {
            NxmFieldRef dst = Subfield(spec.Required("dst"), spec.PathOf("dst"), nBits);
            if (src.ValueKind == JsonValueKind.Array)
            {
                NxmFieldRef source = Subfield(src, spec.PathOf("src"), nBits);
                result = kind == NxFlowSpecDestination.Match ? NxFlowSpec.Match(dst, source) : NxFlowSpec.Load(dst, source);
            }
            else
            {
                if (src.ValueKind != JsonValueKind.Number || !UInt128.TryParse(src.GetRawText(), NumberStyles.None, CultureInfo.InvariantCulture, out UInt128 value))
                {
                    throw new RyuJsonException(spec.PathOf("src"), "expected a [field, offset] pair or a non-negative integer");
                }

                int bytes = (nBits + 15) / 16 * 2;
                if (bytes > 16 || (bytes < 16 && value >> (bytes * 8) != 0))
                {
                    throw new RyuJsonException(spec.PathOf("src"), "the immediate value does not fit " + bytes.ToString(CultureInfo.InvariantCulture) + " bytes");
                }

                result = kind == NxFlowSpecDestination.Match
                    ? NxFlowSpec.MatchValue(dst, (ulong)value, (ulong)(value >> 64))
                    : NxFlowSpec.LoadValue(dst, (ulong)value, (ulong)(value >> 64));
            }
        }

        spec.EnsureAllRead();
        return result;
    }

    private static NxmFieldRef Subfield(JsonElement element, string path, int nBits)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != 2 || element[0].ValueKind != JsonValueKind.String)
        {
            throw new RyuJsonException(path, "expected a [field name, offset] pair");
        }

        string name = element[0].GetString()!;
        uint header = HeaderOf(name, path, out uint experimenter);
        int offset = (int)JsonBody.ToUInt(element[1], path + "[1]", ushort.MaxValue);
        return new NxmFieldRef(new OxmHeader(header), offset, nBits, experimenter);
    }

    private static void EncodeCt(ref OpenFlowWriter writer, JsonBody body)
    {
        uint zoneHeader = 0;
        if (body.TryGet("zone_src", out JsonElement zone))
        {
            if (zone.ValueKind == JsonValueKind.Number)
            {
                zoneHeader = (uint)JsonBody.ToUInt(zone, body.PathOf("zone_src"), uint.MaxValue);
            }
            else if (zone.ValueKind == JsonValueKind.String && zone.GetString()!.Length > 0)
            {
                zoneHeader = HeaderOf(zone.GetString()!, body.PathOf("zone_src"), out _);
            }
        }

        ushort zoneOfsNbits = body.UInt16("zone_ofs_nbits", 0);
        var ct = new NxCtSpec((NxCtFlags)body.UInt16("flags"))
        {
            ZoneImmediate = zoneOfsNbits,
            ZoneSource = zoneHeader == 0 ? default : NxmFieldRef.FromOfsNbits(new OxmHeader(zoneHeader), zoneOfsNbits),
            RecircTable = new TableId((byte)body.UInt("recirc_table", byte.MaxValue, byte.MaxValue)),
            Alg = body.UInt16("alg", 0),
        };
        LengthSlot slot = writer.BeginNxCtAction(in ct);
        ActionJson.EncodeList(ref writer, body, "actions");
        writer.EndNxCtAction(slot);
    }

    private static void EncodeNat(ref OpenFlowWriter writer, JsonBody body)
    {
        var nat = new NxNatSpec((NxNatFlags)body.UInt16("flags"))
        {
            Ipv4Min = Address4(body, "range_ipv4_min"),
            Ipv4Max = Address4(body, "range_ipv4_max"),
            Ipv6Min = Address6(body, "range_ipv6_min"),
            Ipv6Max = Address6(body, "range_ipv6_max"),
            ProtoMin = body.TryGet("range_proto_min", out JsonElement min) ? (ushort)JsonBody.ToUInt(min, body.PathOf("range_proto_min"), ushort.MaxValue) : null,
            ProtoMax = body.TryGet("range_proto_max", out JsonElement max) ? (ushort)JsonBody.ToUInt(max, body.PathOf("range_proto_max"), ushort.MaxValue) : null,
        };
        writer.WriteNxNatAction(in nat);
    }

    private static Ipv4Address? Address4(JsonBody body, string key)
    {
        string? text = OptionalText(body, key);
        return text is null ? null : Ipv4Address.TryParse(text.AsSpan(), out Ipv4Address a) ? a : throw new RyuJsonException(body.PathOf(key), "not an IPv4 address");
    }

    private static Ipv6Address? Address6(JsonBody body, string key)
    {
        string? text = OptionalText(body, key);
        return text is null ? null : Ipv6Address.TryParse(text, out Ipv6Address a) ? a : throw new RyuJsonException(body.PathOf(key), "not an IPv6 address");
    }

    // Ryu's NAT ranges: "" (or absent) means not present.
    private static string? OptionalText(JsonBody body, string key)
    {
        if (!body.TryGet(key, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new RyuJsonException(body.PathOf(key), "expected an address or \"\", not " + JsonBody.Kind(value));
        }

        string text = value.GetString()!;
        return text.Length == 0 ? null : text;
    }

    private static void EncodeController2(ref OpenFlowWriter writer, JsonBody body)
    {
        // Properties in type order, as os-ken sorts them; lengths as Open vSwitch writes them (value size, padded to 8).
        Span<byte> two = stackalloc byte[2];
        LengthSlot slot = writer.BeginNxController2Action();
        if (body.TryGet("max_len", out JsonElement maxLen))
        {
            NxBytes.Put16(two, 0, (ushort)JsonBody.ToUInt(maxLen, body.PathOf("max_len"), ushort.MaxValue));
            writer.WriteNxController2Property(NxController2PropertyType.MaxLength, two);
        }

        if (body.TryGet("controller_id", out JsonElement id))
        {
            NxBytes.Put16(two, 0, (ushort)JsonBody.ToUInt(id, body.PathOf("controller_id"), ushort.MaxValue));
            writer.WriteNxController2Property(NxController2PropertyType.ControllerId, two);
        }

        if (body.TryGet("reason", out JsonElement reason))
        {
            two[0] = (byte)JsonBody.ToUInt(reason, body.PathOf("reason"), byte.MaxValue);
            writer.WriteNxController2Property(NxController2PropertyType.Reason, two.Slice(0, 1));
        }

        if (body.TryGet("userdata", out _))
        {
            writer.WriteNxController2Property(NxController2PropertyType.UserData, ByteList(body, "userdata"));
        }

        if (body.TryGet("pause", out JsonElement pause) && pause.ValueKind == JsonValueKind.True)
        {
            writer.WriteNxController2Property(NxController2PropertyType.Pause, default);
        }

        writer.EndNxController2Action(slot);
    }

    private static void EncodeBundle(ref OpenFlowWriter writer, JsonBody body, NxActionSubtype subtype)
    {
        List<ulong> members = NumberList(body, "slaves", ushort.MaxValue);
        var list = new ushort[members.Count];
        for (int i = 0; i < list.Length; i++)
        {
            list[i] = (ushort)members[i];
        }

        body.Ignore("n_slaves"); // os-ken recomputes it from the list.
        ushort algorithm = body.UInt16("algorithm");
        ushort fields = body.UInt16("fields");
        ushort basis = body.UInt16("basis");
        uint slaveType = body.UInt32("slave_type");
        ushort ofsNbits = body.UInt16("ofs_nbits", 0);
        JsonElement dst = body.Required("dst");
        if (subtype == NxActionSubtype.Bundle || (dst.ValueKind == JsonValueKind.Number && dst.GetRawText() == "0"))
        {
            writer.WriteNxBundleAction(algorithm, fields, basis, slaveType, list);
            if (subtype == NxActionSubtype.BundleLoad)
            {
                throw new RyuJsonException(body.PathOf("dst"), "an NXActionBundleLoad needs a destination field");
            }

            return;
        }

        uint header = HeaderOf(dst.ValueKind == JsonValueKind.String ? dst.GetString()! : string.Empty, body.PathOf("dst"), out _);
        writer.WriteNxBundleLoadAction(algorithm, fields, basis, slaveType, NxmFieldRef.FromOfsNbits(new OxmHeader(header), ofsNbits), list);
    }

    private static void PatchRegLoadValue(ref OpenFlowWriter writer, ulong value)
    {
        // WriteNxRegLoadAction checks the value against n_bits; os-ken does not, so the value is written as given.
        int at = writer.BytesWritten - 8;
        writer.PatchUInt16(at, (ushort)(value >> 48));
        writer.PatchUInt16(at + 2, (ushort)(value >> 32));
        writer.PatchUInt16(at + 4, (ushort)(value >> 16));
        writer.PatchUInt16(at + 6, (ushort)value);
    }

    /// <summary>Ryu's name of the field a header names (<c>oxm_to_user_header</c>).</summary>
    private static string FieldName(NxmFieldRef field)
    {
        OxmHeader h = field.Header;
        OxmEntry? entry = OxmTable.Find((ushort)h.Class, h.FieldCode, field.ExperimenterId, 0);
        if (entry is not null)
        {
            return entry.Name;
        }

        if (h.Class == OxmClass.Experimenter)
        {
            throw new RyuJsonNotSupportedException(string.Format(CultureInfo.InvariantCulture, "experimenter NXM header 0x{0:x8}/{1}", field.ExperimenterId, h.FieldCode));
        }

        return OxmTable.Unknown((ushort)h.Class, h.FieldCode).Name;
    }

    private static uint HeaderOf(JsonBody body, string key, out uint experimenter) => HeaderOf(body.Text(key), body.PathOf(key), out experimenter);

    /// <summary>The header Ryu writes for a field name (<c>oxm_serialize_header</c>): no mask bit, the field's length.</summary>
    private static uint HeaderOf(string name, string path, out uint experimenter)
    {
        OxmEntry entry = OxmTable.Find(name) ?? throw new RyuJsonException(path, "unknown OXM/NXM field \"" + name + "\"");
        experimenter = entry.OxmClass == OxmTable.ExperimenterClass ? entry.Experimenter : 0;
        return ((uint)entry.OxmClass << 16) | ((uint)entry.Field << 9) | (uint)(entry.ExtraHeaderSize + entry.Size);
    }

    private static void WriteOptional(Utf8JsonWriter json, string key, bool present, ushort value)
    {
        if (present)
        {
            json.WriteNumber(key, value);
        }
        else
        {
            json.WriteNull(key);
        }
    }

    private static void WriteByteList(Utf8JsonWriter json, string key, ReadOnlySpan<byte> bytes)
    {
        json.WriteStartArray(key);
        foreach (byte b in bytes)
        {
            json.WriteNumberValue(b);
        }

        json.WriteEndArray();
    }

    private static byte[] ByteList(JsonBody body, string key)
    {
        List<ulong> numbers = NumberList(body, key, byte.MaxValue);
        byte[] bytes = new byte[numbers.Count];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)numbers[i];
        }

        return bytes;
    }

    private static List<ulong> NumberList(JsonBody body, string key, ulong max)
    {
        var numbers = new List<ulong>();
        JsonElement list = body.Required(key);
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new RyuJsonException(body.PathOf(key), "expected a list of numbers, not " + JsonBody.Kind(list));
        }

        int i = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            numbers.Add(JsonBody.ToUInt(item, body.PathOf(key) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", max));
            i++;
        }

        return numbers;
    }
}
