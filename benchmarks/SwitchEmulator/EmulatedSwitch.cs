using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Protocol.Errors;
using OpenFlow.Protocol.Framing;
using OpenFlow.Protocol.Match;
using OpenFlow.Protocol.Messages;
using OpenFlow.Protocol.Multipart;
using OpenFlow.Protocol.Primitives;
using OpenFlow.Protocol.Wire;

namespace OpenFlow.Benchmarks.SwitchEmulator;

/// <summary>Run phases shared by all switches: handshake, measuring, stopping.</summary>
internal sealed class RunState
{
    private int _phase;

    public const int Handshake = 0;
    public const int Measuring = 1;
    public const int Stopping = 2;

    public int Phase => Volatile.Read(ref _phase);

    public void Set(int phase) => Volatile.Write(ref _phase, phase);
}

/// <summary>
/// One emulated OpenFlow 1.3 switch: one TCP connection, one loop that reads the controller's messages, answers the
/// handshake and requests as a switch would, matches PacketOuts to PacketIns and keeps the window full. Every write
/// happens on that loop (a timer only wakes it with <see cref="PipeReader.CancelPendingRead"/>), so nothing is locked.
/// Counters are written by the loop only and read by the reporter.
/// </summary>
internal sealed class EmulatedSwitch
{
    private const int MaxMessage = OpenFlowFrameReader.AbsoluteMaxMessageLength;

    private readonly EmulatorOptions _o;
    private readonly RunState _run;
    private readonly int _index;
    private readonly ulong _datapathId;
    private readonly PortSpec[] _ports;
    private readonly Dictionary<uint, long> _inFlight;
    private readonly Queue<Removal> _removals = new();
    private readonly byte[] _scratch = new byte[MaxMessage];
    private readonly Random _random;
    private readonly long _timeoutTicks;
    private readonly long _lifetimeTicks;
    private readonly long _quietTicks;
    private PipeReader? _reader;
    private PipeWriter? _writer;
    private uint _nextTag = 1;
    private long _nextConnection;
    private long _featuresAt;
    private long _lastControlAt;
    private ushort _missSendLen = 128;
    private OfpConfigFlags _configFlags;
    private long _sent;
    private long _answered;
    private long _flowMods;
    private long _packetOuts;
    private long _unmatched;
    private long _lost;
    private long _flowRemoved;
    private long _errors;
    private volatile bool _ready;
    private volatile string? _failure;

    public EmulatedSwitch(EmulatorOptions options, RunState run, int index)
    {
        _o = options;
        _run = run;
        _index = index;
        _datapathId = options.FirstDatapathId + (ulong)index;
        _inFlight = new Dictionary<uint, long>(options.InFlight * 2);
        _random = new Random(index + 1);
        _timeoutTicks = options.TimeoutMs * Stopwatch.Frequency / 1000;
        _lifetimeTicks = options.LifetimeMs * Stopwatch.Frequency / 1000;
        _quietTicks = options.QuietMs * Stopwatch.Frequency / 1000;
        int portCount = options.Workload == WorkloadKind.Napt ? 1 + options.ServerPorts.Length : options.Ports;
        _ports = new PortSpec[portCount];
        for (int i = 0; i < portCount; i++)
        {
            uint no = options.Workload == WorkloadKind.Napt ? (i == 0 ? options.ClientPort : options.ServerPorts[i - 1]) : (uint)(i + 1);
            _ports[i] = new PortSpec
            {
                PortNo = new PortNo(no),
                HwAddr = new MacAddress(0x0200_00ff_0000UL | ((ulong)(index & 0xff) << 8) | (no & 0xff)),
                Name = $"emu{index}-p{no}",
                State = OfpPortState.Live,
                Curr = OfpPortFeatures.Rate10GbFd | OfpPortFeatures.Copper,
                Advertised = OfpPortFeatures.Rate10GbFd | OfpPortFeatures.Copper,
                Supported = OfpPortFeatures.Rate10GbFd | OfpPortFeatures.Copper,
                CurrSpeed = 10_000_000,
                MaxSpeed = 10_000_000,
            };
        }
    }

    public LatencyHistogram Histogram { get; } = new();

    /// <summary>Handshake done and the controller quiet for <c>--quiet-ms</c>: ready to send PacketIns.</summary>
    public bool Ready => _ready;

    public string? Failure => _failure;

    public long Sent => Volatile.Read(ref _sent);

    public long Answered => Volatile.Read(ref _answered);

    public long FlowMods => Volatile.Read(ref _flowMods);

    public long PacketOuts => Volatile.Read(ref _packetOuts);

    public long Unmatched => Volatile.Read(ref _unmatched);

    public long Lost => Volatile.Read(ref _lost);

    public long FlowRemovedSent => Volatile.Read(ref _flowRemoved);

    public long Errors => Volatile.Read(ref _errors);

    /// <summary>Wakes the loop for housekeeping (timeouts, FLOW_REMOVED, the window, the phase).</summary>
    public void Wake() => _reader?.CancelPendingRead();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var socket = new Socket(_o.Controller.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(_o.Controller, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            _failure = $"switch {_index}: cannot connect to {_o.Controller}: {e.Message}";
            return;
        }

        await using var stream = new NetworkStream(socket, ownsSocket: false);
        _reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024));
        _writer = PipeWriter.Create(stream, new StreamPipeWriterOptions(minimumBufferSize: 64 * 1024));
        try
        {
            Write(static (ref OpenFlowWriter w, uint _) => w.WriteHello(new Xid(1), [OfpVersion.Of13]), 0);
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            await LoopAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is System.IO.IOException or SocketException or InvalidOperationException or OpenFlowFormatException)
        {
            if (_run.Phase != RunState.Stopping)
            {
                _failure = $"switch {_index}: {e.GetType().Name}: {e.Message}";
            }
        }
        finally
        {
            await _reader.CompleteAsync().ConfigureAwait(false);
            await _writer.CompleteAsync().ConfigureAwait(false);
        }
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        PipeReader reader = _reader!;
        var frames = default(OpenFlowFrameReader);
        while (!cancellationToken.IsCancellationRequested)
        {
            ReadResult result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = result.Buffer;
            long now = Stopwatch.GetTimestamp();
            while (true)
            {
                OperationStatus status = frames.TryReadFrame(ref buffer, out _, out ReadOnlySequence<byte> message);
                if (status == OperationStatus.InvalidData)
                {
                    throw new InvalidOperationException("the controller sent a message with a bad length");
                }

                if (status != OperationStatus.Done)
                {
                    break;
                }

                ReadOnlySpan<byte> span;
                if (message.IsSingleSegment)
                {
                    span = message.FirstSpan;
                }
                else
                {
                    message.CopyTo(_scratch);
                    span = _scratch.AsSpan(0, (int)message.Length);
                }

                Handle(span, now);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            Housekeeping(now);
            if (_writer!.UnflushedBytes > 0)
            {
                FlushResult flushed = await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                if (flushed.IsCompleted)
                {
                    return;
                }
            }

            if (result.IsCompleted)
            {
                if (_run.Phase != RunState.Stopping)
                {
                    _failure = $"switch {_index}: the controller closed the connection";
                }

                return;
            }

            if (_run.Phase == RunState.Stopping && _inFlight.Count == 0)
            {
                return;
            }
        }
    }

    private void Handle(ReadOnlySpan<byte> message, long now)
    {
        if (message.Length < OfpHeader.Size)
        {
            return;
        }

        var type = (OfpType)message[OfpHeader.TypeOffset];
        uint xid = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(message.Slice(OfpHeader.XidOffset));
        if (type is not (OfpType.PacketOut or OfpType.FlowMod))
        {
            _lastControlAt = now;
        }

        switch (type)
        {
            case OfpType.PacketOut:
                OnPacketOut(message, now);
                break;
            case OfpType.FlowMod:
                OnFlowMod(message, now);
                break;
            case OfpType.Hello:
                break;
            case OfpType.EchoRequest:
                if (EchoView.TryRead(message, out EchoView echo, out _))
                {
                    WriteEchoReply(xid, echo.Data);
                }

                break;
            case OfpType.FeaturesRequest:
                Write(static (ref OpenFlowWriter w, uint x, EmulatedSwitch s) => w.WriteFeaturesReply(
                    new Xid(x), new DatapathId(s._datapathId), 0, 254, 0,
                    OfpCapabilities.FlowStats | OfpCapabilities.TableStats | OfpCapabilities.PortStats | OfpCapabilities.GroupStats), xid, this);
                _featuresAt = now;
                break;
            case OfpType.GetConfigRequest:
                Write(static (ref OpenFlowWriter w, uint x, EmulatedSwitch s) => w.WriteGetConfigReply(new Xid(x), s._configFlags, s._missSendLen), xid, this);
                break;
            case OfpType.SetConfig:
                if (SwitchConfigView.TryRead(message, out SwitchConfigView config, out _))
                {
                    _configFlags = config.Flags;
                    _missSendLen = config.MissSendLen;
                }

                break;
            case OfpType.BarrierRequest:
                Write(static (ref OpenFlowWriter w, uint x) => w.WriteBarrierReply(new Xid(x)), xid);
                break;
            case OfpType.RoleRequest:
                if (RoleView.TryRead(message, out RoleView role, out _))
                {
                    OfpControllerRole r = role.Role;
                    ulong generation = role.GenerationId;
                    Write((ref OpenFlowWriter w, uint x) => w.WriteRoleReply(new Xid(x), r, generation), xid);
                }

                break;
            case OfpType.MultipartRequest:
                if (MultipartRequestView.TryRead(message, out MultipartRequestView request, out _))
                {
                    OnMultipartRequest(xid, request.Type);
                }

                break;
            case OfpType.Error:
                if (Interlocked.Increment(ref _errors) <= 3 && ErrorView.TryRead(message, out ErrorView error, out _))
                {
                    Console.Error.WriteLine($"switch {_index}: controller sent an error: type {error.Type} code {error.Code}");
                }

                break;
            default:
                break;
        }
    }

    private void OnMultipartRequest(uint xid, OfpMultipartType type)
    {
        switch (type)
        {
            case OfpMultipartType.PortDesc:
                Write(static (ref OpenFlowWriter w, uint x, EmulatedSwitch s) => w.WritePortDescReply(new Xid(x), s._ports), xid, this);
                break;
            case OfpMultipartType.Desc:
                Write(static (ref OpenFlowWriter w, uint x, EmulatedSwitch s) => w.WriteDescReply(
                    new Xid(x), "OpenFlow for .NET", "SwitchEmulator", "OpenFlow 1.3 switch emulator", $"emu-{s._index}", $"emulated switch {s._index}"), xid, this);
                break;
            case OfpMultipartType.Aggregate:
                Write(static (ref OpenFlowWriter w, uint x) => w.WriteAggregateStatsReply(new Xid(x), 0, 0, 0), xid);
                break;
            default:
                // FLOW (the balancer's restart read-back) and everything else: an empty reply of the same type.
                Write(static (ref OpenFlowWriter w, uint x, OfpMultipartType t) => w.WriteMultipartReply(new Xid(x), t, OfpMultipartReplyFlags.None, default), xid, type);
                break;
        }
    }

    private void OnPacketOut(ReadOnlySpan<byte> message, long now)
    {
        if (_run.Phase != RunState.Measuring)
        {
            if (_inFlight.Count > 0 && PacketOutView.TryRead(message, out PacketOutView late, out _) && Frames.TryGetTag(late.Data, _o.Workload, out uint lateTag))
            {
                _inFlight.Remove(lateTag);
            }

            return;
        }

        Volatile.Write(ref _packetOuts, _packetOuts + 1);
        if (!PacketOutView.TryRead(message, out PacketOutView packetOut, out _) ||
            !Frames.TryGetTag(packetOut.Data, _o.Workload, out uint tag) ||
            !_inFlight.Remove(tag, out long sentAt))
        {
            Volatile.Write(ref _unmatched, _unmatched + 1);
            return;
        }

        Histogram.Record((now - sentAt) * 1_000_000_000 / Stopwatch.Frequency);
        Volatile.Write(ref _answered, _answered + 1);
        SendPacketIn(now);
    }

    private void OnFlowMod(ReadOnlySpan<byte> message, long now)
    {
        if (_run.Phase == RunState.Measuring)
        {
            Volatile.Write(ref _flowMods, _flowMods + 1);
        }

        if (!FlowModView.TryRead(message, out FlowModView flowMod, out _) ||
            flowMod.Command != OfpFlowModCommand.Add ||
            (flowMod.Flags & OfpFlowModFlags.SendFlowRem) == 0)
        {
            return;
        }

        // What a switch sends when the flow idles out after the connection ends: cookie, priority, timeouts and match
        // of the FlowMod, reason IDLE_TIMEOUT. Built now (the FlowMod's bytes are gone later), sent at its due time.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(FlowModView.MinLength + flowMod.Match.PaddedLength + 64);
        var w = new OpenFlowWriter(buffer);
        LengthSlot slot = w.BeginFlowRemoved(new Xid(0), new FlowRemovedFields
        {
            Cookie = flowMod.Cookie,
            Priority = flowMod.Priority,
            Reason = OfpFlowRemovedReason.IdleTimeout,
            TableId = flowMod.TableId,
            DurationSec = (uint)(_o.LifetimeMs / 1000) + flowMod.IdleTimeout,
            DurationNsec = (uint)(_o.LifetimeMs % 1000) * 1_000_000,
            IdleTimeout = flowMod.IdleTimeout,
            HardTimeout = flowMod.HardTimeout,
            PacketCount = 1,
            ByteCount = Frames.NaptLength,
        });
        int start = w.BytesWritten;
        w.WriteBytes(flowMod.Match.Bytes);
        w.PadTo8(start);
        int length = w.EndMessage(slot);
        _removals.Enqueue(new Removal(now + _lifetimeTicks, buffer, length));
    }

    private void Housekeeping(long now)
    {
        while (_removals.TryPeek(out Removal due) && (due.At <= now || _run.Phase == RunState.Stopping))
        {
            _removals.Dequeue();
            if (_run.Phase != RunState.Stopping)
            {
                Span<byte> span = _writer!.GetSpan(due.Length);
                due.Message.AsSpan(0, due.Length).CopyTo(span);
                _writer.Advance(due.Length);
                Volatile.Write(ref _flowRemoved, _flowRemoved + 1);
            }

            ArrayPool<byte>.Shared.Return(due.Message);
        }

        if (_run.Phase == RunState.Handshake && !_ready && _featuresAt != 0 && now - Math.Max(_featuresAt, _lastControlAt) >= _quietTicks)
        {
            _ready = true;
        }

        if (_run.Phase != RunState.Measuring)
        {
            return;
        }

        if (_inFlight.Count > 0)
        {
            foreach (KeyValuePair<uint, long> entry in _inFlight)
            {
                if (now - entry.Value > _timeoutTicks)
                {
                    _inFlight.Remove(entry.Key);
                    Volatile.Write(ref _lost, _lost + 1);
                }
            }
        }

        while (_inFlight.Count < _o.InFlight)
        {
            SendPacketIn(now);
        }
    }

    private void SendPacketIn(long now)
    {
        if (_run.Phase != RunState.Measuring || _inFlight.Count >= _o.InFlight)
        {
            return;
        }

        uint tag = _nextTag++;
        if (tag == 0)
        {
            tag = _nextTag++;
        }

        Span<byte> frame = stackalloc byte[Frames.L2Length];
        int length;
        uint inPort;
        OfpPacketInReason reason;
        if (_o.Workload == WorkloadKind.Napt)
        {
            length = Frames.WriteNaptSyn(frame, _o, _index, _nextConnection++, tag);
            inPort = _o.ClientPort;
            reason = OfpPacketInReason.Action; // NaptBalance's punt flow outputs to CONTROLLER
        }
        else
        {
            int ports = _o.Ports;
            int src = _random.Next(_o.Macs);
            int dst = _random.Next(_o.Macs);
            while (dst % ports == src % ports)
            {
                dst = _random.Next(_o.Macs); // the destination is on another port, so a learned answer is an output, not a drop
            }

            length = Frames.WriteL2(frame, Frames.L2Mac(_index, src), Frames.L2Mac(_index, dst), tag);
            inPort = (uint)((src % ports) + 1);
            reason = OfpPacketInReason.NoMatch;
        }

        int dataLength = Math.Min(length, _missSendLen == 0xffff || _missSendLen >= length ? length : _missSendLen);
        PipeWriter writer = _writer!;
        var w = new OpenFlowWriter(writer.GetSpan(128));
        LengthSlot slot = w.BeginPacketIn(new Xid(0), BufferId.NoBuffer, (ushort)length, reason, new TableId(0), new Cookie(ulong.MaxValue));
        LengthSlot match = w.BeginMatch();
        w.WriteOxm(OxmField.InPort, inPort);
        w.EndMatch(match);
        w.EndPacketIn(slot, frame.Slice(0, dataLength));
        writer.Advance(w.BytesWritten);
        _inFlight[tag] = Stopwatch.GetTimestamp();
        Volatile.Write(ref _sent, _sent + 1);
    }

    private void WriteEchoReply(uint xid, ReadOnlySpan<byte> data)
    {
        var w = new OpenFlowWriter(_writer!.GetSpan(OfpHeader.Size + data.Length));
        w.WriteEchoReply(new Xid(xid), data);
        _writer.Advance(w.BytesWritten);
    }

    private delegate int WriteMessage<T>(ref OpenFlowWriter writer, uint xid, T state);

    private delegate int WriteMessage(ref OpenFlowWriter writer, uint xid);

    private void Write(WriteMessage write, uint xid)
    {
        var w = new OpenFlowWriter(_writer!.GetSpan(MaxMessage));
        write(ref w, xid);
        _writer.Advance(w.BytesWritten);
    }

    private void Write<T>(WriteMessage<T> write, uint xid, T state)
    {
        var w = new OpenFlowWriter(_writer!.GetSpan(MaxMessage));
        write(ref w, xid, state);
        _writer.Advance(w.BytesWritten);
    }

    private readonly record struct Removal(long At, byte[] Message, int Length);
}
