using System;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Protocol.Multipart;

/// <summary>
/// The body of an <c>OFPMP_DESC</c> reply (<c>struct ofp_desc</c>, 1056 bytes): zero-terminated ASCII strings in
/// fixed-size fields.
/// <code>
/// +---------------------------------------------------------------+
/// |  mfr_desc[256]    manufacturer description                    |
/// +---------------------------------------------------------------+
/// |  hw_desc[256]     hardware description                        |
/// +---------------------------------------------------------------+
/// |  sw_desc[256]     software description                        |
/// +---------------------------------------------------------------+
/// |  serial_num[32]   serial number                               |
/// +---------------------------------------------------------------+
/// |  dp_desc[256]     human-readable description of the datapath  |
/// +---------------------------------------------------------------+
/// </code>
/// The <c>...Bytes</c> properties allocate nothing; the <c>Get...</c> methods allocate a string.
/// </summary>
public readonly ref struct DescView
{
    /// <summary>Size of <c>ofp_desc</c>.</summary>
    public const int Size = 1056;

    /// <summary>Size of the description fields (<c>DESC_STR_LEN</c>).</summary>
    public const int DescStrLen = 256;

    /// <summary>Size of the serial number field (<c>SERIAL_NUM_LEN</c>).</summary>
    public const int SerialNumLen = 32;

    private const int MfrDescOffset = 0;
    private const int HwDescOffset = 256;
    private const int SwDescOffset = 512;
    private const int SerialNumOffset = 768;
    private const int DpDescOffset = 800;

    private readonly ReadOnlySpan<byte> _body;

    private DescView(ReadOnlySpan<byte> body) => _body = body;

    /// <summary>The manufacturer description, up to its terminating zero.</summary>
    public ReadOnlySpan<byte> MfrDescBytes => FixedText.TrimAtNul(_body.Slice(MfrDescOffset, DescStrLen));

    /// <summary>The hardware description, up to its terminating zero.</summary>
    public ReadOnlySpan<byte> HwDescBytes => FixedText.TrimAtNul(_body.Slice(HwDescOffset, DescStrLen));

    /// <summary>The software description, up to its terminating zero.</summary>
    public ReadOnlySpan<byte> SwDescBytes => FixedText.TrimAtNul(_body.Slice(SwDescOffset, DescStrLen));

    /// <summary>The serial number, up to its terminating zero.</summary>
    public ReadOnlySpan<byte> SerialNumBytes => FixedText.TrimAtNul(_body.Slice(SerialNumOffset, SerialNumLen));

    /// <summary>The datapath description, up to its terminating zero.</summary>
    public ReadOnlySpan<byte> DpDescBytes => FixedText.TrimAtNul(_body.Slice(DpDescOffset, DescStrLen));

    /// <summary>Reads an <c>ofp_desc</c>, which must fill <paramref name="body"/> exactly.</summary>
    /// <param name="body">The multipart reply body.</param>
    /// <param name="messageType">The type of the enclosing message, for errors.</param>
    /// <param name="offset">Offset of <paramref name="body"/> from the start of the message, for errors.</param>
    /// <param name="view">The view, when the body is one <c>ofp_desc</c>.</param>
    /// <param name="error">What is wrong, when it is not.</param>
    /// <returns>Whether the body is one <c>ofp_desc</c>.</returns>
    public static bool TryRead(ReadOnlySpan<byte> body, OfpType messageType, int offset, out DescView view, out OpenFlowFormatError error)
    {
        if (!MessageChecks.TryCheckFixedBody(body, Size, messageType, offset, "an OFPMP_DESC body is one 1056-byte ofp_desc", out error))
        {
            view = default;
            return false;
        }

        view = new DescView(body);
        return true;
    }

    /// <summary>The manufacturer description as a string (allocates).</summary>
    public string GetMfrDesc() => FixedText.ToText(MfrDescBytes);

    /// <summary>The hardware description as a string (allocates).</summary>
    public string GetHwDesc() => FixedText.ToText(HwDescBytes);

    /// <summary>The software description as a string (allocates).</summary>
    public string GetSwDesc() => FixedText.ToText(SwDescBytes);

    /// <summary>The serial number as a string (allocates).</summary>
    public string GetSerialNum() => FixedText.ToText(SerialNumBytes);

    /// <summary>The datapath description as a string (allocates).</summary>
    public string GetDpDesc() => FixedText.ToText(DpDescBytes);
}
