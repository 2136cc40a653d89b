using System.Collections.Generic;

namespace OpenFlow.Protocol.Tests.Interop;

/// <summary>What Wireshark's dissector made of one message.</summary>
/// <param name="Text">The whole <c>tshark -V</c> text of the frames that carried it.</param>
/// <param name="OpenFlow">Only the OpenFlow 1.3 trees of that text (no frame numbers, TCP or IP detail).</param>
/// <param name="Types">The <c>Type:</c> of each OpenFlow 1.3 message tshark found, in order.</param>
/// <param name="Problems">Every line that reports a malformed packet or an error or warning expert info.</param>
/// <param name="MalformedProtocols">The dissectors that gave up (<c>[Malformed Packet: X]</c>): <c>openflow_v4</c>, or one of the packet carried as data.</param>
internal sealed record Dissection(string Text, string OpenFlow, IReadOnlyList<int> Types, IReadOnlyList<string> Problems, IReadOnlyList<string> MalformedProtocols);
