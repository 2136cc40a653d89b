using System.Buffers;
using BenchmarkDotNet.Attributes;
using OpenFlow.Protocol.Framing;

namespace OpenFlow.Benchmarks;

/// <summary>Splitting a received stream into messages, as the controller's read loop does.</summary>
[MemoryDiagnoser]
public class FrameReaderBenchmark
{
    private ReadOnlySequence<byte> _stream;
    private readonly OpenFlowFrameReader _reader = new(65535);

    /// <summary>How many messages the stream holds, back to back.</summary>
    [Params(1, 64)]
    public int Messages { get; set; }

    /// <summary>Builds a stream of 148-byte PacketIn-sized frames.</summary>
    [GlobalSetup]
    public void Setup()
    {
        const int length = 148;
        byte[] bytes = new byte[length * Messages];
        for (int i = 0; i < Messages; i++)
        {
            bytes[i * length] = 0x04;
            bytes[(i * length) + 1] = 10;
            bytes[(i * length) + 3] = length;
        }

        _stream = new ReadOnlySequence<byte>(bytes);
    }

    /// <summary>Reads every frame off the stream.</summary>
    [Benchmark]
    public int ReadAllFrames()
    {
        var buffer = _stream;
        int count = 0;
        while (_reader.TryReadFrame(ref buffer, out _, out _) == OperationStatus.Done)
        {
            count++;
        }

        return count;
    }
}
