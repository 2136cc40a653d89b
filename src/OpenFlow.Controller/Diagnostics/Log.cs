using System;
using System.Net;
using Microsoft.Extensions.Logging;

namespace OpenFlow.Controller.Diagnostics;

/// <summary>The controller's log lines (source-generated, allocation-free when the level is off).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "OpenFlow controller listening on {EndPoint} ({Transport})")]
    public static partial void Listening(ILogger logger, EndPoint endPoint, string transport);

    [LoggerMessage(2, LogLevel.Debug, "Switch connection accepted from {Remote}")]
    public static partial void Accepted(ILogger logger, EndPoint? remote);

    [LoggerMessage(3, LogLevel.Information, "Switch {DatapathId} ready from {Remote}: {Ports} ports, {Tables} tables, handshake {ElapsedMs:F1} ms")]
    public static partial void SwitchReady(ILogger logger, string datapathId, EndPoint? remote, int ports, int tables, double elapsedMs);

    [LoggerMessage(4, LogLevel.Information, "Switch {Connection} closed: {Reason}")]
    public static partial void Closed(ILogger logger, string connection, string reason);

    [LoggerMessage(5, LogLevel.Warning, "Switch {Connection}: framing fault, closing: {Detail}")]
    public static partial void FramingFault(ILogger logger, string connection, string detail);

    [LoggerMessage(6, LogLevel.Warning, "Switch {Connection}: malformed message answered with OFPT_ERROR: {Detail}")]
    public static partial void Malformed(ILogger logger, string connection, string detail);

    [LoggerMessage(7, LogLevel.Warning, "Switch {Connection}: HELLO negotiation failed, closing: {Detail}")]
    public static partial void HelloFailed(ILogger logger, string connection, string detail);

    [LoggerMessage(8, LogLevel.Warning, "Switch {Connection}: handshake failed: {Detail}")]
    public static partial void HandshakeFailed(ILogger logger, string connection, string detail);

    [LoggerMessage(9, LogLevel.Warning, "Switch {Connection}: silent for {SilentMs:F0} ms, dropping")]
    public static partial void LivenessTimeout(ILogger logger, string connection, double silentMs);

    [LoggerMessage(10, LogLevel.Warning, "Switch {Connection}: send queue stalled or full ({QueuedBytes} bytes queued), dropping: {Detail}")]
    public static partial void SendStalled(ILogger logger, string connection, long queuedBytes, string detail);

    [LoggerMessage(11, LogLevel.Error, "App {App} threw in {Event} for switch {Connection}")]
    public static partial void AppFailed(ILogger logger, Exception exception, string app, string @event, string connection);

    [LoggerMessage(12, LogLevel.Information, "Switch {DatapathId} connected again from {Remote}: replacing the old connection")]
    public static partial void Replacing(ILogger logger, string datapathId, EndPoint? remote);

    [LoggerMessage(13, LogLevel.Debug, "Switch {Connection}: OFPT_ERROR type {ErrorType} code {Code} for xid {Xid}")]
    public static partial void SwitchError(ILogger logger, string connection, string errorType, ushort code, string xid);

    [LoggerMessage(14, LogLevel.Debug, "Switch {Connection}: unsolicited {MessageType} xid {Xid} ignored")]
    public static partial void Unsolicited(ILogger logger, string connection, string messageType, string xid);

    [LoggerMessage(15, LogLevel.Warning, "TLS handshake with {Remote} failed")]
    public static partial void TlsFailed(ILogger logger, Exception exception, EndPoint? remote);

    [LoggerMessage(16, LogLevel.Error, "Accept loop on {EndPoint} failed")]
    public static partial void AcceptFailed(ILogger logger, Exception exception, EndPoint endPoint);

    [LoggerMessage(17, LogLevel.Debug, "Switch {Connection}: connection loop ended with an exception")]
    public static partial void LoopFailed(ILogger logger, Exception exception, string connection);

    [LoggerMessage(18, LogLevel.Warning, "Switch {Connection}: {MessageType} is not a message a switch sends; answered BAD_REQUEST/BAD_TYPE")]
    public static partial void BadType(ILogger logger, string connection, string messageType);
}
