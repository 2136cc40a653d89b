using System;
using System.Buffers.Binary;
using System.Globalization;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Wire;

/// <summary>
/// Match writing (<c>struct ofp_match</c> with OXM TLVs):
/// <code>
/// +-------------------------------+-------------------------------+
/// |       type (OFPMT_OXM=1)      |  length (back-patched)        |
/// +-------------------------------+-------------------------------+
/// |  OXM TLVs: header (class 16, field 7, hasmask 1, length 8),   |
/// |  value, mask                                                  |
/// +---------------------------------------------------------------+
/// |  zero padding to a multiple of 8 (not counted in length)      |
/// +---------------------------------------------------------------+
/// </code>
/// </summary>
public ref partial struct OpenFlowWriter
{
    private const int MaxOxmPayload = byte.MaxValue;

    /// <summary>Whether a match is open (between <see cref="BeginMatch"/> and <see cref="EndMatch"/>).</summary>
    public readonly bool IsMatchOpen => _match.Open;

    /// <summary>
    /// Starts a match: writes type <c>OFPMT_OXM</c> and a length to be back-patched by <see cref="EndMatch"/>.
    /// </summary>
    /// <param name="checkPrerequisites">
    /// Whether <c>WriteOxm</c> rejects a repeated field and a field whose prerequisite (OpenFlow 1.3.5, 7.2.3.8) is not
    /// matched earlier in the match; turn off only to re-encode a match as received.
    /// </param>
    /// <returns>The slot to pass to <see cref="EndMatch"/>.</returns>
    public LengthSlot BeginMatch(bool checkPrerequisites = true)
    {
        if (_match.Open)
        {
            ThrowHelper.ThrowInvalidOperation("A match is already open; call EndMatch first.");
        }

        LengthSlot slot = BeginLength(2);
        WriteUInt16(MatchView.TypeOxm);
        WriteUInt16(0);
        _match = new MatchWriteState { Open = true, Check = checkPrerequisites, Start = slot.Start };
        return slot;
    }

    /// <summary>Ends a match: back-patches its length (without padding), then pads it with zeros to a multiple of 8.</summary>
    /// <param name="slot">The slot returned by <see cref="BeginMatch"/>.</param>
    public void EndMatch(LengthSlot slot)
    {
        if (!_match.Open || slot.Start != _match.Start)
        {
            ThrowHelper.ThrowInvalidOperation("EndMatch needs the slot of the open match returned by BeginMatch.");
        }

        _match = default;
        EndLength(slot);
        PadTo8(slot.Start);
    }

    /// <summary>Writes a whole match: <see cref="BeginMatch"/>, one TLV per spec, <see cref="EndMatch"/>.</summary>
    /// <param name="fields">The fields, in wire order (prerequisites first).</param>
    /// <param name="checkPrerequisites">Whether to reject repeated fields and unmet prerequisites.</param>
    public void WriteMatch(scoped ReadOnlySpan<OxmSpec> fields, bool checkPrerequisites = true)
    {
        LengthSlot slot = BeginMatch(checkPrerequisites);
        for (int i = 0; i < fields.Length; i++)
        {
            WriteOxm(in fields[i]);
        }

        EndMatch(slot);
    }

    /// <summary>Writes an OpenFlow basic TLV with a numeric value (any field of at most 8 bytes).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value; it must fit the field's width (13 bits for <c>vlan_vid</c>, 6 for <c>ip_dscp</c>, ...).</param>
    public void WriteOxm(OxmField field, ulong value)
    {
        Span<byte> bytes = stackalloc byte[8];
        int length = NumberToBytes(field, value, bytes, nameof(value));
        WriteBasicOxm(field, bytes.Slice(8 - length), false, default, true);
    }

    /// <summary>Writes a masked OpenFlow basic TLV with a numeric value.</summary>
    /// <param name="field">A maskable field.</param>
    /// <param name="value">The value.</param>
    /// <param name="mask">The mask; 1-bits are matched.</param>
    public void WriteOxm(OxmField field, ulong value, ulong mask)
    {
        Span<byte> bytes = stackalloc byte[16];
        int length = NumberToBytes(field, value, bytes.Slice(0, 8), nameof(value));
        NumberToBytes(field, mask, bytes.Slice(8), nameof(mask));
        WriteBasicOxm(field, bytes.Slice(8 - length, length), true, bytes.Slice(16 - length), true);
    }

    /// <summary>Writes an OpenFlow basic TLV holding a MAC address.</summary>
    /// <param name="field">A MAC field (<c>eth_dst</c>, <c>eth_src</c>, <c>arp_sha</c>, <c>arp_tha</c>, <c>ipv6_nd_sll</c>, <c>ipv6_nd_tll</c>).</param>
    /// <param name="value">The address.</param>
    public void WriteOxm(OxmField field, MacAddress value)
    {
        RequireKind(field, OxmValueKind.Mac);
        WriteOxm(field, value.Value);
    }

    /// <summary>Writes a masked OpenFlow basic TLV holding a MAC address.</summary>
    /// <param name="field">A maskable MAC field.</param>
    /// <param name="value">The address.</param>
    /// <param name="mask">The mask.</param>
    public void WriteOxm(OxmField field, MacAddress value, MacAddress mask)
    {
        RequireKind(field, OxmValueKind.Mac);
        WriteOxm(field, value.Value, mask.Value);
    }

    /// <summary>Writes an OpenFlow basic TLV holding an IPv4 address.</summary>
    /// <param name="field">An IPv4 field (<c>ipv4_src</c>, <c>ipv4_dst</c>, <c>arp_spa</c>, <c>arp_tpa</c>).</param>
    /// <param name="value">The address.</param>
    public void WriteOxm(OxmField field, Ipv4Address value)
    {
        RequireKind(field, OxmValueKind.Ipv4);
        WriteOxm(field, value.Value);
    }

    /// <summary>Writes a masked OpenFlow basic TLV holding an IPv4 address.</summary>
    /// <param name="field">An IPv4 field.</param>
    /// <param name="value">The address.</param>
    /// <param name="mask">The mask (<c>255.255.255.0</c> for a /24).</param>
    public void WriteOxm(OxmField field, Ipv4Address value, Ipv4Address mask)
    {
        RequireKind(field, OxmValueKind.Ipv4);
        WriteOxm(field, value.Value, mask.Value);
    }

    /// <summary>Writes an OpenFlow basic TLV holding an IPv6 address.</summary>
    /// <param name="field">An IPv6 field (<c>ipv6_src</c>, <c>ipv6_dst</c>, <c>ipv6_nd_target</c>).</param>
    /// <param name="value">The address.</param>
    public void WriteOxm(OxmField field, Ipv6Address value)
    {
        RequireKind(field, OxmValueKind.Ipv6);
        Span<byte> bytes = stackalloc byte[Ipv6Address.Size];
        value.Write(bytes);
        WriteBasicOxm(field, bytes, false, default, true);
    }

    /// <summary>Writes a masked OpenFlow basic TLV holding an IPv6 address.</summary>
    /// <param name="field">A maskable IPv6 field.</param>
    /// <param name="value">The address.</param>
    /// <param name="mask">The mask.</param>
    public void WriteOxm(OxmField field, Ipv6Address value, Ipv6Address mask)
    {
        RequireKind(field, OxmValueKind.Ipv6);
        Span<byte> bytes = stackalloc byte[2 * Ipv6Address.Size];
        value.Write(bytes);
        mask.Write(bytes.Slice(Ipv6Address.Size));
        WriteBasicOxm(field, bytes.Slice(0, Ipv6Address.Size), true, bytes.Slice(Ipv6Address.Size), true);
    }

    /// <summary>Writes an OpenFlow basic TLV from its value bytes.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">Exactly the field's size in bytes, big-endian.</param>
    public void WriteOxm(OxmField field, scoped ReadOnlySpan<byte> value) => WriteBasicOxm(field, value, false, default, true);

    /// <summary>Writes a masked OpenFlow basic TLV from its value and mask bytes.</summary>
    /// <param name="field">A maskable field.</param>
    /// <param name="value">Exactly the field's size in bytes.</param>
    /// <param name="mask">As long as the value.</param>
    public void WriteOxm(OxmField field, scoped ReadOnlySpan<byte> value, scoped ReadOnlySpan<byte> mask) => WriteBasicOxm(field, value, true, mask, true);

    /// <summary>Writes an OpenFlow basic TLV described by a spec.</summary>
    /// <param name="spec">The field, value and optional mask.</param>
    public void WriteOxm(in OxmSpec spec) => WriteOxmSpec(in spec, true);

    /// <summary>Writes an experimenter TLV (class <c>OFPXMC_EXPERIMENTER</c>, 0xffff): header, experimenter id, value.</summary>
    /// <param name="field">The 7-bit field code, defined by the experimenter.</param>
    /// <param name="experimenterId">The experimenter id (an IEEE OUI, e.g. 0x4f4e4600 for ONF).</param>
    /// <param name="value">The value bytes (for ONF fields they start with the 16-bit <c>exp_type</c>).</param>
    public void WriteExperimenterOxm(byte field, uint experimenterId, scoped ReadOnlySpan<byte> value) =>
        WriteExperimenterOxmCore(field, experimenterId, value, false, default);

    /// <summary>Writes a masked experimenter TLV (class 0xffff): header, experimenter id, value, mask.</summary>
    /// <param name="field">The 7-bit field code, defined by the experimenter.</param>
    /// <param name="experimenterId">The experimenter id.</param>
    /// <param name="value">The value bytes.</param>
    /// <param name="mask">The mask bytes, as long as the value.</param>
    public void WriteExperimenterOxm(byte field, uint experimenterId, scoped ReadOnlySpan<byte> value, scoped ReadOnlySpan<byte> mask)
    {
        RequireSameLength(value, mask);
        WriteExperimenterOxmCore(field, experimenterId, value, true, mask);
    }

    /// <summary>
    /// Writes a TLV of any class as given (NXM 0x0000/0x0001 fields such as registers, or a field not known here),
    /// without checking it against <see cref="OxmFieldInfo"/>, duplicates or prerequisites.
    /// </summary>
    /// <param name="oxmClass">The 16-bit class.</param>
    /// <param name="field">The 7-bit field code.</param>
    /// <param name="value">The payload (at most 255 bytes).</param>
    public void WriteRawOxm(ushort oxmClass, byte field, scoped ReadOnlySpan<byte> value)
    {
        RequireFieldCode(field);
        RequirePayload(value.Length);
        WriteUInt32(new OxmHeader(oxmClass, field, false, (byte)value.Length).Value);
        WriteScoped(value);
    }

    /// <summary>Writes a masked TLV of any class as given (hasmask set, value then mask), without checks against the field table.</summary>
    /// <param name="oxmClass">The 16-bit class.</param>
    /// <param name="field">The 7-bit field code.</param>
    /// <param name="value">The value.</param>
    /// <param name="mask">The mask, as long as the value.</param>
    public void WriteRawOxm(ushort oxmClass, byte field, scoped ReadOnlySpan<byte> value, scoped ReadOnlySpan<byte> mask)
    {
        RequireFieldCode(field);
        RequireSameLength(value, mask);
        RequirePayload(2 * value.Length);
        WriteUInt32(new OxmHeader(oxmClass, field, true, (byte)(2 * value.Length)).Value);
        WriteScoped(value);
        WriteScoped(mask);
    }

    private void WriteOxmSpec(in OxmSpec spec, bool inMatch)
    {
        OxmField field = spec.Field;
        RequireDefined(field);
        ref readonly OxmFieldInfo.Entry info = ref OxmFieldInfo.GetDefined(field);
        if (info.Length <= 8)
        {
            WriteNumericOxmSpec(in spec, in info, inMatch);
            return;
        }

        int length = OxmFieldInfo.GetValueLength(spec.Field);
        Span<byte> bytes = stackalloc byte[32];
        spec.WriteValue16(bytes);
        RequireLeadingZeros(spec.Field, bytes.Slice(0, 16 - length), "value");
        if (spec.HasMask)
        {
            spec.WriteMask16(bytes.Slice(16));
            RequireLeadingZeros(spec.Field, bytes.Slice(16, 16 - length), "mask");
        }

        WriteBasicOxm(spec.Field, bytes.Slice(16 - length, length), spec.HasMask, bytes.Slice(32 - length), inMatch);
    }

    // The path of every field of up to 8 bytes (all but the IPv6 addresses): the same checks, in the same order and with
    // the same messages, as WriteOxmSpec's general path and WriteBasicOxm, done on numbers instead of byte spans.
    private void WriteNumericOxmSpec(in OxmSpec spec, in OxmFieldInfo.Entry info, bool inMatch)
    {
        OxmField field = spec.Field;
        int length = info.Length;
        ulong value = spec.ValueLow;
        if (spec.ValueHigh != 0 || (length < 8 && (value >> (8 * length)) != 0))
        {
            ThrowOxm(field, " holds ", length.ToString(CultureInfo.InvariantCulture), " bytes; the ", "value", " given is wider.");
        }

        bool hasMask = spec.HasMask;
        ulong mask = 0;
        if (hasMask)
        {
            mask = spec.MaskLow;
            if (spec.MaskHigh != 0 || (length < 8 && (mask >> (8 * length)) != 0))
            {
                ThrowOxm(field, " holds ", length.ToString(CultureInfo.InvariantCulture), " bytes; the ", "mask", " given is wider.");
            }
        }

        int bits = info.Bits;
        if (bits < 64 && (value >> bits) != 0)
        {
            ThrowOxm(field, " holds ", bits.ToString(CultureInfo.InvariantCulture), " bits; the value given is wider.", string.Empty, string.Empty);
        }

        if (hasMask && !info.Maskable)
        {
            ThrowOxm(field, " cannot be masked (OpenFlow 1.3.5 table 12).", string.Empty, string.Empty, string.Empty, string.Empty);
        }

        if (inMatch && _match.Open && _match.Check)
        {
            CheckAndRecord(field, in info, hasMask ? value & mask : value);
        }

        WriteUInt32(new OxmHeader((ushort)OxmClass.OpenFlowBasic, (byte)field, hasMask, (byte)(hasMask ? 2 * length : length)).Value);
        WriteNumber(value, length);
        if (hasMask)
        {
            WriteNumber(mask, length);
        }
    }

    // The low `length` bytes of a number, big-endian (OXM values are 1, 2, 3, 4, 6 or 8 bytes).
    private void WriteNumber(ulong number, int length)
    {
        if (Fits(length))
        {
            Span<byte> destination = _buffer.Slice(_position, length);
            switch (length)
            {
                case 1:
                    destination[0] = (byte)number;
                    break;
                case 2:
                    BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)number);
                    break;
                case 4:
                    BinaryPrimitives.WriteUInt32BigEndian(destination, (uint)number);
                    break;
                case 6:
                    BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)(number >> 32));
                    BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(2), (uint)number);
                    break;
                case 8:
                    BinaryPrimitives.WriteUInt64BigEndian(destination, number);
                    break;
                default:
                    for (int i = length - 1; i >= 0; i--)
                    {
                        destination[i] = (byte)number;
                        number >>= 8;
                    }

                    break;
            }
        }

        _position += length;
    }

    private void WriteExperimenterOxmCore(byte field, uint experimenterId, scoped ReadOnlySpan<byte> value, bool hasMask, scoped ReadOnlySpan<byte> mask)
    {
        RequireFieldCode(field);
        int payload = 4 + (hasMask ? 2 * value.Length : value.Length);
        RequirePayload(payload);
        WriteUInt32(new OxmHeader((ushort)OxmClass.Experimenter, field, hasMask, (byte)payload).Value);
        WriteUInt32(experimenterId);
        WriteScoped(value);
        if (hasMask)
        {
            WriteScoped(mask);
        }
    }

    // Every basic TLV goes through here: width and mask checks always; duplicates and prerequisites inside a checked match.
    private void WriteBasicOxm(OxmField field, scoped ReadOnlySpan<byte> value, bool hasMask, scoped ReadOnlySpan<byte> mask, bool inMatch)
    {
        RequireDefined(field);
        int length = OxmFieldInfo.GetValueLength(field);
        if (value.Length != length)
        {
            ThrowOxm(field, " holds ", length.ToString(CultureInfo.InvariantCulture), " bytes; the value given has ", value.Length.ToString(CultureInfo.InvariantCulture), ".");
        }

        int bits = OxmFieldInfo.GetValueBits(field);
        if (!FitsBits(value, bits))
        {
            ThrowOxm(field, " holds ", bits.ToString(CultureInfo.InvariantCulture), " bits; the value given is wider.", string.Empty, string.Empty);
        }

        if (hasMask)
        {
            if (!OxmFieldInfo.IsMaskable(field))
            {
                ThrowOxm(field, " cannot be masked (OpenFlow 1.3.5 table 12).", string.Empty, string.Empty, string.Empty, string.Empty);
            }

            if (mask.Length != length)
            {
                ThrowOxm(field, " needs a mask of ", length.ToString(CultureInfo.InvariantCulture), " bytes; the mask given has ", mask.Length.ToString(CultureInfo.InvariantCulture), ".");
            }
        }

        if (inMatch && _match.Open && _match.Check)
        {
            CheckAndRecord(field, value, hasMask, mask);
        }

        WriteUInt32(new OxmHeader((ushort)OxmClass.OpenFlowBasic, (byte)field, hasMask, (byte)(hasMask ? 2 * length : length)).Value);
        WriteScoped(value);
        if (hasMask)
        {
            WriteScoped(mask);
        }
    }

    private void CheckAndRecord(OxmField field, scoped ReadOnlySpan<byte> value, bool hasMask, scoped ReadOnlySpan<byte> mask)
    {
        ulong number = OxmView.ReadNumber(value);
        if (hasMask)
        {
            number &= OxmView.ReadNumber(mask);
        }

        CheckAndRecord(field, in OxmFieldInfo.GetDefined(field), number);
    }

    // Duplicates and prerequisites of a field written into a checked match; maskedValue is value & mask.
    private void CheckAndRecord(OxmField field, in OxmFieldInfo.Entry info, ulong maskedValue)
    {
        if (_match.Has(field))
        {
            ThrowOxm(field, " appears twice in the match (OFPBMC_DUP_FIELD).", string.Empty, string.Empty, string.Empty, string.Empty);
        }

        OxmPrerequisite prerequisite = info.Prerequisite;
        if (prerequisite.Exists && (!_match.Has(prerequisite.Field) || !prerequisite.IsSatisfiedBy(_match.ValueOf(prerequisite.Field))))
        {
            ThrowOxm(
                field,
                " requires ",
                prerequisite.Description,
                " earlier in the match (OFPBMC_BAD_PREREQ): ",
                OxmFieldInfo.GetName(prerequisite.Field),
                _match.Has(prerequisite.Field) ? " has another value." : " is missing.");
        }

        _match.Record(field, maskedValue);
    }

    // WriteBytes may not take stack memory from a ref struct method; this copy declares its input scoped.
    private void WriteScoped(scoped ReadOnlySpan<byte> bytes)
    {
        if (_position + bytes.Length <= _buffer.Length)
        {
            bytes.CopyTo(_buffer.Slice(_position));
        }

        _position += bytes.Length;
    }

    private static int NumberToBytes(OxmField field, ulong number, Span<byte> eightBytes, string what)
    {
        RequireDefined(field);
        int length = OxmFieldInfo.GetValueLength(field);
        if (length > 8)
        {
            ThrowOxm(field, " holds ", length.ToString(CultureInfo.InvariantCulture), " bytes; write it with the Ipv6Address or byte overload.", string.Empty, string.Empty);
        }

        if (length < 8 && (number >> (8 * length)) != 0)
        {
            ThrowOxm(field, " holds ", length.ToString(CultureInfo.InvariantCulture), " bytes; the ", what, " given is wider.");
        }

        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(eightBytes, number);
        return length;
    }

    private static bool FitsBits(ReadOnlySpan<byte> value, int bits)
    {
        int excess = (8 * value.Length) - bits;
        int i = 0;
        while (excess >= 8)
        {
            if (value[i] != 0)
            {
                return false;
            }

            i++;
            excess -= 8;
        }

        return excess <= 0 || (value[i] >> (8 - excess)) == 0;
    }

    private static void RequireLeadingZeros(OxmField field, ReadOnlySpan<byte> leading, string what)
    {
        for (int i = 0; i < leading.Length; i++)
        {
            if (leading[i] != 0)
            {
                ThrowOxm(field, " holds ", OxmFieldInfo.GetValueLength(field).ToString(CultureInfo.InvariantCulture), " bytes; the ", what, " given is wider.");
            }
        }
    }

    private static void RequireDefined(OxmField field)
    {
        if (!OxmFieldInfo.IsDefined(field))
        {
            ThrowHelper.ThrowArgument(
                string.Concat("OXM field code ", ((int)field).ToString(CultureInfo.InvariantCulture), " is not an OpenFlow 1.3 basic field; write it with WriteRawOxm."),
                nameof(field));
        }
    }

    private static void RequireKind(OxmField field, OxmValueKind kind)
    {
        RequireDefined(field);
        if (OxmFieldInfo.GetValueKind(field) != kind)
        {
            ThrowOxm(field, " does not hold a value of this kind (", kind == OxmValueKind.Mac ? "MAC" : kind == OxmValueKind.Ipv4 ? "IPv4" : "IPv6", " address).", string.Empty, string.Empty);
        }
    }

    private static void RequireFieldCode(byte field)
    {
        if (field > 0x7f)
        {
            ThrowHelper.ThrowArgument("An OXM field code has 7 bits (0 to 127).", nameof(field));
        }
    }

    private static void RequirePayload(int length)
    {
        if (length > MaxOxmPayload)
        {
            ThrowHelper.ThrowArgument("An OXM payload holds at most 255 bytes.", "value");
        }
    }

    private static void RequireSameLength(ReadOnlySpan<byte> value, ReadOnlySpan<byte> mask)
    {
        if (value.Length != mask.Length)
        {
            ThrowHelper.ThrowArgument("An OXM mask is as long as its value.", nameof(mask));
        }
    }

    private static void ThrowOxm(OxmField field, string a, string b, string c, string d, string e) =>
        ThrowHelper.ThrowArgument(string.Concat("OXM field ", OxmFieldInfo.GetName(field), a, b, c, string.Concat(d, e)), nameof(field));
}
