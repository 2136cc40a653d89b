using System;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Protocol.Packets;

/// <summary>Argument checks shared by the packet header writers.</summary>
internal static class PacketChecks
{
    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="destination"/> is shorter than <paramref name="needed"/>.</summary>
    public static void Space(Span<byte> destination, int needed)
    {
        if (destination.Length < needed)
        {
            ThrowHelper.ThrowArgument("The destination is too small for the packet being written.", nameof(destination));
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> exceeds <paramref name="maximum"/>.</summary>
    public static void Range(uint value, uint maximum, string paramName)
    {
        if (value > maximum)
        {
            ThrowHelper.ThrowArgumentOutOfRange(paramName, "The value does not fit its header field.");
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when an options span is not the declared length.</summary>
    public static void Options(ReadOnlySpan<byte> options, int optionsLength, int maximum)
    {
        if (optionsLength < 0 || optionsLength > maximum || (optionsLength & 3) != 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange("OptionsLength", "Options are a multiple of 4 bytes, at most 40.");
        }

        if (options.Length != optionsLength)
        {
            ThrowHelper.ThrowArgument("The options span must be OptionsLength bytes long.", nameof(options));
        }
    }
}
