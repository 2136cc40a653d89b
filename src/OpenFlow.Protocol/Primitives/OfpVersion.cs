namespace OpenFlow.Protocol.Primitives;

/// <summary>OpenFlow wire protocol versions (the <c>version</c> byte of <c>ofp_header</c>).</summary>
public static class OfpVersion
{
    /// <summary>OpenFlow 1.0 (<c>OFP10_VERSION</c>, 0x01).</summary>
    public const byte Of10 = 0x01;

    /// <summary>OpenFlow 1.1 (<c>OFP11_VERSION</c>, 0x02).</summary>
    public const byte Of11 = 0x02;

    /// <summary>OpenFlow 1.2 (<c>OFP12_VERSION</c>, 0x03).</summary>
    public const byte Of12 = 0x03;

    /// <summary>OpenFlow 1.3 (<c>OFP13_VERSION</c>, 0x04): the version this library speaks.</summary>
    public const byte Of13 = 0x04;

    /// <summary>OpenFlow 1.4 (<c>OFP14_VERSION</c>, 0x05).</summary>
    public const byte Of14 = 0x05;

    /// <summary>OpenFlow 1.5 (<c>OFP15_VERSION</c>, 0x06).</summary>
    public const byte Of15 = 0x06;
}
