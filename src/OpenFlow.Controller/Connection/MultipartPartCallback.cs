using System;

namespace OpenFlow.Controller.Connection;

/// <summary>
/// Receives one part of a multipart reply (a whole <c>OFPT_MULTIPART_REPLY</c> message). It runs on the read loop
/// while <paramref name="part"/> is valid: never keep the span.
/// </summary>
/// <param name="part">The part, header included.</param>
/// <param name="last">Whether this is the last part (no <c>OFPMPF_REPLY_MORE</c>).</param>
public delegate void MultipartPartCallback(ReadOnlySpan<byte> part, bool last);
