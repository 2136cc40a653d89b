using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Primitives;

namespace OpenFlow.Controller.Handshake;

/// <summary>What a switch said in its FEATURES_REPLY.</summary>
/// <param name="DatapathId">The datapath id.</param>
/// <param name="NBuffers">How many packets the switch can buffer.</param>
/// <param name="NTables">How many flow tables it has.</param>
/// <param name="AuxiliaryId">The auxiliary connection id (0 for the main connection).</param>
/// <param name="Capabilities">Its capabilities.</param>
public sealed record SwitchFeatures(DatapathId DatapathId, uint NBuffers, byte NTables, byte AuxiliaryId, OfpCapabilities Capabilities)
{
    /// <summary>Reads the features out of a FEATURES_REPLY.</summary>
    /// <param name="reply">The whole reply.</param>
    /// <returns>The features.</returns>
    public static SwitchFeatures Read(System.ReadOnlySpan<byte> reply)
    {
        FeaturesReplyView view = FeaturesReplyView.Read(reply);
        return new SwitchFeatures(view.DatapathId, view.NBuffers, view.NTables, view.AuxiliaryId, view.Capabilities);
    }
}
