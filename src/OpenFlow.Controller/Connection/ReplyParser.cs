using System;

namespace OpenFlow.Controller.Connection;

/// <summary>
/// Turns a reply into the request's result. It runs on the connection's read loop while <paramref name="reply"/> is
/// valid: copy what you need; never keep the span.
/// </summary>
/// <typeparam name="TResult">The result.</typeparam>
/// <param name="reply">The whole reply message, header included.</param>
/// <returns>The result.</returns>
public delegate TResult ReplyParser<TResult>(ReadOnlySpan<byte> reply);
