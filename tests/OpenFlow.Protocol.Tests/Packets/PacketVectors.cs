using OpenFlow.TestKit;

namespace OpenFlow.Protocol.Tests.Packets;

/// <summary>
/// Annotated frames for the packet tests. Checksums were computed once, independently of this library, with a plain
/// RFC 1071 sum in /usr/bin/python3 and pasted here; the comments name each field.
/// </summary>
internal static class PacketVectors
{
    /// <summary>who has 10.0.0.1? tell 10.0.0.2</summary>
    public static readonly byte[] ArpRequest = Hex.Parse("""
        ff ff ff ff ff ff # eth dst ff:ff:ff:ff:ff:ff
        52 54 00 12 34 56 # eth src 52:54:00:12:34:56
        08 06 # ethertype 0x0806
        00 01 # htype 1 ethernet
        08 00 # ptype ipv4
        06 # hlen 6
        04 # plen 4
        00 01 # oper request
        52 54 00 12 34 56 # sha
        0a 00 00 02 # spa 10.0.0.2
        00 00 00 00 00 00 # tha
        0a 00 00 01 # tpa 10.0.0.1
        00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 # ethernet padding to 60 bytes
        """);

    /// <summary>10.0.0.2:51234 -> 10.0.0.100:80, SYN with MSS, SACK-permitted, timestamps, NOP, window scale</summary>
    public static readonly byte[] TcpSyn = Hex.Parse("""
        52 54 00 00 00 64 # eth dst 52:54:00:00:00:64
        52 54 00 12 34 56 # eth src 52:54:00:12:34:56
        08 00 # ethertype 0x0800
        45 # version 4, ihl 5
        00 # dscp/ecn
        00 3c # total length 60
        1c 46 # identification 0x1c46
        40 00 # flags/fragment offset
        40 # ttl 64
        06 # protocol 6
        0a 11 # header checksum 0x0a11
        0a 00 00 02 # src 10.0.0.2
        0a 00 00 64 # dst 10.0.0.100
        c8 22 # src port 51234
        00 50 # dst port 80
        9a 3c 1f 00 # seq
        00 00 00 00 # ack 0
        a0 02 # data offset 10, flags SYN
        fa f0 # window 64240
        80 a2 # checksum 0x80a2
        00 00 # urgent pointer
        02 04 05 b4 # mss 1460
        04 02 # sack permitted
        08 0a 0a 1b 2c 3d 00 00 00 00 # timestamps
        01 # nop
        03 03 07 # window scale 7
        """);

    /// <summary>10.0.0.2:53000 -> 8.8.8.8:53, A? example.com</summary>
    public static readonly byte[] UdpDnsQuery = Hex.Parse("""
        52 54 00 00 00 01 # eth dst 52:54:00:00:00:01
        52 54 00 12 34 56 # eth src 52:54:00:12:34:56
        08 00 # ethertype 0x0800
        45 # version 4, ihl 5
        00 # dscp/ecn
        00 39 # total length 57
        30 39 # identification 0x3039
        00 00 # flags/fragment offset
        40 # ttl 64
        11 # protocol 17
        30 6a # header checksum 0x306a
        0a 00 00 02 # src 10.0.0.2
        08 08 08 08 # dst 8.8.8.8
        cf 08 # src port 53000
        00 35 # dst port 53
        00 25 # length 37
        87 f7 # checksum 0x87f7
        be ef 01 00 00 01 00 00 00 00 00 00 # dns header: id 0xbeef, rd, 1 question
        07 65 78 61 6d 70 6c 65 03 63 6f 6d 00 # qname example.com
        00 01 00 01 # qtype A, qclass IN
        """);

    /// <summary>ping 10.0.0.2 -> 10.0.0.100, id 0x1234 seq 1, 56 data bytes</summary>
    public static readonly byte[] IcmpEchoRequest = Hex.Parse("""
        52 54 00 00 00 64 # eth dst 52:54:00:00:00:64
        52 54 00 12 34 56 # eth src 52:54:00:12:34:56
        08 00 # ethertype 0x0800
        45 # version 4, ihl 5
        00 # dscp/ecn
        00 54 # total length 84
        a1 b2 # identification 0xa1b2
        40 00 # flags/fragment offset
        40 # ttl 64
        01 # protocol 1
        84 91 # header checksum 0x8491
        0a 00 00 02 # src 10.0.0.2
        0a 00 00 64 # dst 10.0.0.100
        08 # type 8 echo request
        00 # code 0
        ca a8 # checksum 0xcaa8
        12 34 # identifier 0x1234
        00 01 # sequence 1
        5f 5e 10 00 00 00 00 00 # timestamp
        10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f 30 31 32 33 34 35 36 37 38 39 3a 3b 3c 3d 3e 3f # pattern 0x10..0x3f
        """);

    /// <summary>[2001:db8::2]:51235 -> [2001:db8::100]:443, SYN with options</summary>
    public static readonly byte[] Ipv6TcpSyn = Hex.Parse("""
        52 54 00 00 00 64 # eth dst 52:54:00:00:00:64
        52 54 00 12 34 56 # eth src 52:54:00:12:34:56
        86 dd # ethertype 0x86dd
        60 0a bc de # version 6, traffic class 0, flow label 0xabcde
        00 28 # payload length 40
        06 # next header tcp
        40 # hop limit 64
        20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 02 # src 2001:db8::2
        20 01 0d b8 00 00 00 00 00 00 00 00 00 00 01 00 # dst 2001:db8::100
        c8 23 # src port 51235
        01 bb # dst port 443
        01 02 03 04 # seq
        00 00 00 00 # ack 0
        a0 02 # data offset 10, flags SYN
        fd 20 # window 64800
        dc 34 # checksum 0xdc34
        00 00 # urgent pointer
        02 04 05 a0 # mss 1440
        04 02 # sack permitted
        08 0a 11 22 33 44 00 00 00 00 # timestamps
        01 # nop
        03 03 07 # window scale 7
        """);

    /// <summary>802.1Q vid 100 pcp 3, 192.168.100.10:40000 -> 192.168.100.1:5000 "hello", DSCP EF</summary>
    public static readonly byte[] VlanUdp = Hex.Parse("""
        52 54 00 00 00 64 # eth dst 52:54:00:00:00:64
        52 54 00 12 34 56 # eth src 52:54:00:12:34:56
        81 00 # ethertype 0x8100
        60 64 # tci: pcp 3, dei 0, vid 100
        08 00 # inner ethertype ipv4
        45 # version 4, ihl 5
        b8 # dscp/ecn
        00 21 # total length 33
        00 01 # identification 0x0001
        00 00 # flags/fragment offset
        40 # ttl 64
        11 # protocol 17
        30 b7 # header checksum 0x30b7
        c0 a8 64 0a # src 192.168.100.10
        c0 a8 64 01 # dst 192.168.100.1
        9c 40 # src port 40000
        13 88 # dst port 5000
        00 0d # length 13
        c2 dc # checksum 0xc2dc
        68 65 6c 6c 6f # "hello"
        00 00 00 00 00 00 00 00 00 # ethernet padding
        """);

    /// <summary>A QinQ frame: 802.1ad outer tag vid 10, 802.1Q inner tag vid 100, then the ARP request above.</summary>
    public static readonly byte[] QinQArpRequest = Hex.Parse("""
        ff ff ff ff ff ff # eth dst
        52 54 00 12 34 56 # eth src
        88 a8 # tpid 802.1ad
        00 0a # tci: pcp 0, vid 10
        81 00 # inner tpid 802.1Q
        20 64 # tci: pcp 1, vid 100
        08 06 # ethertype arp
        00 01 08 00 06 04 00 01 # htype 1, ptype ipv4, hlen 6, plen 4, oper request
        52 54 00 12 34 56 # sha
        0a 00 00 02 # spa 10.0.0.2
        00 00 00 00 00 00 # tha
        0a 00 00 01 # tpa 10.0.0.1
        """);
}
