# NaptBalance's reactive mode (samples/NaptBalance, NaptEngine.cs) written for os-ken, as a peer for
# benchmarks/run-peers.sh and the switch emulator's napt workload.
#   /usr/bin/python3 -m os_ken.cmd.manager --ofp-listen-host 127.0.0.1 --ofp-tcp-listen-port 6653 benchmarks/peers/osken_napt.py
#
# Same defaults as samples/NaptBalance/appsettings.json and the same work per new connection: a TCP SYN from the
# client port to VIP:80 picks a server round-robin and a NAPT port (first-in first-out pool, 20000-59999 per server),
# then goes out as the reverse FlowMod, the forward FlowMod (7-field match, 5 set-fields + output each, priority 1000,
# idle timeout 30 s, SEND_FLOW_REM, NaptBalance's cookie layout) and a PacketOut of the SYN with the forward actions.
# FLOW_REMOVED of both flows ends the mapping and frees its port (no quarantine: run-peers.sh runs NaptBalance with
# QuarantineSeconds=0 too). A new SYN (other ISN) on a client address/port that still has a mapping gets a new port;
# a retransmitted SYN gets its flows again; a segment of an unknown connection gets a TCP RST (Refuse: reset). ARP
# requests for the VIP (client port) and the gateway (server ports) are answered. Base flows at connect: table-miss
# drop, the ARP and TCP punts, drops of other traffic to the VIP and gateway.
# Left out (not on the path the emulator measures): pings to the VIP, health probes (servers are always up, as in
# run-peers.sh), the restart read-back of flows, metrics. Like NaptBalance it serves one switch: the first to connect.
# Plain os-ken, written as its users write apps: ofp_event handlers, the packet library, the OFP parser classes.
import collections
import itertools

from os_ken.base import app_manager
from os_ken.controller import ofp_event
from os_ken.controller.handler import CONFIG_DISPATCHER, DEAD_DISPATCHER, MAIN_DISPATCHER, set_ev_cls
from os_ken.lib.packet import arp, ether_types, ethernet, in_proto, ipv4, packet, tcp, vlan
from os_ken.ofproto import ofproto_v1_3

CLIENT_PORT = 1
VIP, VIP_MAC = '10.10.10.1', '02:00:0a:0a:0a:01'
GATEWAY, GATEWAY_MAC = '10.10.11.1', '02:00:0a:0a:0b:01'
SERVICE_PORTS = (80,)
SERVERS = (  # (ip, mac, switch port)
    ('10.10.11.11', '02:00:0a:0a:0b:0b', 2),
    ('10.10.11.12', '02:00:0a:0a:0b:0c', 3),
)
PORT_RANGE = (20000, 59999)
IDLE_TIMEOUT = 30
NAPT_PRIORITY, PUNT_PRIORITY, DROP_PRIORITY = 1000, 100, 10

# NaptCookie.cs: "NAPT" in the high 32 bits, kind (4 bits), 4 zero bits, server index (8 bits), NAPT port (16 bits).
MAGIC, OURS_MASK = 0x4e415054_00000000, 0xffffffff_00000000
FORWARD, REVERSE, INFRASTRUCTURE = 1, 2, 3
NO_SERVER = 0xff


def make_cookie(kind, server, port):
    return MAGIC | (kind << 28) | (server << 16) | port


class Mapping:
    __slots__ = ('client_ip', 'client_port', 'client_mac', 'service_port', 'server', 'napt_port', 'isn',
                 'forward_live', 'reverse_live')

    def __init__(self, client_ip, client_port, client_mac, service_port, server, napt_port, isn):
        self.client_ip, self.client_port, self.client_mac = client_ip, client_port, client_mac
        self.service_port, self.server, self.napt_port, self.isn = service_port, server, napt_port, isn
        self.forward_live = self.reverse_live = True


class NaptBalance13(app_manager.OSKenApp):
    OFP_VERSIONS = [ofproto_v1_3.OFP_VERSION]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.datapath = None  # the switch served
        self.round_robin = itertools.cycle(range(len(SERVERS)))
        self.reset()

    def reset(self):
        self.free_ports = [collections.deque(range(PORT_RANGE[0], PORT_RANGE[1] + 1)) for _ in SERVERS]
        self.by_client = {}  # (client ip, client port, service port) -> Mapping
        self.by_server = {}  # (server index, NAPT port) -> Mapping

    @set_ev_cls(ofp_event.EventOFPSwitchFeatures, CONFIG_DISPATCHER)
    def switch_features_handler(self, ev):
        datapath = ev.msg.datapath
        if self.datapath is not None and self.datapath.id != datapath.id:
            self.logger.warning('switch %016x ignored: serving %016x', datapath.id, self.datapath.id)
            return
        self.datapath = datapath
        self.reset()
        self.install_base_flows(datapath)

    @set_ev_cls(ofp_event.EventOFPStateChange, DEAD_DISPATCHER)
    def state_change_handler(self, ev):
        if self.datapath is ev.datapath:
            self.datapath = None

    def install_base_flows(self, datapath):
        ofproto, parser = datapath.ofproto, datapath.ofproto_parser
        cookie = make_cookie(INFRASTRUCTURE, NO_SERVER, 0)
        to_controller = [parser.OFPActionOutput(ofproto.OFPP_CONTROLLER, ofproto.OFPCML_NO_BUFFER)]
        flows = [(0, parser.OFPMatch(), []),  # table-miss: drop
                 (PUNT_PRIORITY, parser.OFPMatch(in_port=CLIENT_PORT, eth_type=ether_types.ETH_TYPE_ARP,
                                                 arp_op=arp.ARP_REQUEST, arp_tpa=VIP), to_controller)]
        for _, _, port in SERVERS:
            flows.append((PUNT_PRIORITY, parser.OFPMatch(in_port=port, eth_type=ether_types.ETH_TYPE_ARP,
                                                         arp_op=arp.ARP_REQUEST, arp_tpa=GATEWAY), to_controller))
        for service_port in SERVICE_PORTS:
            flows.append((PUNT_PRIORITY, parser.OFPMatch(in_port=CLIENT_PORT, eth_type=ether_types.ETH_TYPE_IP,
                                                         ip_proto=in_proto.IPPROTO_TCP, ipv4_dst=VIP,
                                                         tcp_dst=service_port), to_controller))
        for address in (VIP, GATEWAY):
            flows.append((DROP_PRIORITY, parser.OFPMatch(eth_type=ether_types.ETH_TYPE_IP, ipv4_dst=address), []))
        for priority, match, actions in flows:
            inst = [parser.OFPInstructionActions(ofproto.OFPIT_APPLY_ACTIONS, actions)] if actions else []
            datapath.send_msg(parser.OFPFlowMod(datapath=datapath, cookie=cookie, priority=priority, match=match,
                                                instructions=inst))
        datapath.send_msg(parser.OFPBarrierRequest(datapath))

    @set_ev_cls(ofp_event.EventOFPPacketIn, MAIN_DISPATCHER)
    def packet_in_handler(self, ev):
        msg = ev.msg
        datapath = msg.datapath
        if datapath is not self.datapath:
            return
        pkt = packet.Packet(msg.data)
        eth = pkt.get_protocol(ethernet.ethernet)
        if eth is None or pkt.get_protocol(vlan.vlan) is not None:
            return
        in_port = msg.match['in_port']
        arp_pkt = pkt.get_protocol(arp.arp)
        if arp_pkt is not None:
            self.handle_arp(datapath, in_port, eth, arp_pkt)
            return
        ip = pkt.get_protocol(ipv4.ipv4)
        if ip is None or in_port != CLIENT_PORT or ip.dst != VIP:
            return
        segment = pkt.get_protocol(tcp.tcp)
        if segment is None or ip.offset != 0 or ip.flags & 1 or segment.dst_port not in SERVICE_PORTS:
            return
        self.handle_tcp(datapath, msg, eth, ip, segment)

    def handle_arp(self, datapath, in_port, eth, request):
        if request.opcode != arp.ARP_REQUEST:
            return
        if in_port == CLIENT_PORT and request.dst_ip == VIP:
            answer = VIP_MAC
        elif request.dst_ip == GATEWAY and any(port == in_port for _, _, port in SERVERS):
            answer = GATEWAY_MAC
        else:
            return
        reply = packet.Packet()
        reply.add_protocol(ethernet.ethernet(ethertype=ether_types.ETH_TYPE_ARP, dst=eth.src, src=answer))
        reply.add_protocol(arp.arp(opcode=arp.ARP_REPLY, src_mac=answer, src_ip=request.dst_ip,
                                   dst_mac=request.src_mac, dst_ip=request.src_ip))
        reply.serialize()
        self.packet_out(datapath, in_port, reply.data)

    def handle_tcp(self, datapath, msg, eth, ip, segment):
        syn = segment.has_flags(tcp.TCP_SYN) and not segment.has_flags(tcp.TCP_ACK)
        key = (ip.src, segment.src_port, segment.dst_port)
        mapping = self.by_client.get(key)
        if mapping is not None and syn and mapping.isn != segment.seq:
            # A new connection on a client port whose old flows are still idling out: it gets a new NAPT port.
            self.end_mapping(mapping)
            mapping = None
        if mapping is None:
            if not syn or segment.has_flags(tcp.TCP_RST):
                self.refuse(datapath, eth, ip, segment)  # a segment of a connection we do not know
                return
            server = next(self.round_robin)
            free = self.free_ports[server]
            if not free:
                return  # ports exhausted: dropped, the client retries
            mapping = Mapping(ip.src, segment.src_port, eth.src, segment.dst_port, server, free.popleft(), segment.seq)
            self.by_client[key] = mapping
            self.by_server[(server, mapping.napt_port)] = mapping
        else:
            mapping.client_mac = eth.src
        mapping.forward_live = mapping.reverse_live = True
        self.write_connection(datapath, mapping, msg.data if msg.total_len <= len(msg.data) else None)

    def write_connection(self, datapath, m, syn):
        """Reverse flow, forward flow, then the SYN sent on with the forward flow's actions."""
        ofproto, parser = datapath.ofproto, datapath.ofproto_parser
        server_ip, server_mac, server_port = SERVERS[m.server]
        reverse_match = parser.OFPMatch(in_port=server_port, eth_type=ether_types.ETH_TYPE_IP,
                                        ip_proto=in_proto.IPPROTO_TCP, ipv4_src=server_ip, ipv4_dst=GATEWAY,
                                        tcp_src=m.service_port, tcp_dst=m.napt_port)
        reverse_actions = [parser.OFPActionSetField(eth_src=VIP_MAC), parser.OFPActionSetField(eth_dst=m.client_mac),
                           parser.OFPActionSetField(ipv4_src=VIP), parser.OFPActionSetField(ipv4_dst=m.client_ip),
                           parser.OFPActionSetField(tcp_dst=m.client_port), parser.OFPActionOutput(CLIENT_PORT)]
        forward_match = parser.OFPMatch(in_port=CLIENT_PORT, eth_type=ether_types.ETH_TYPE_IP,
                                        ip_proto=in_proto.IPPROTO_TCP, ipv4_src=m.client_ip, ipv4_dst=VIP,
                                        tcp_src=m.client_port, tcp_dst=m.service_port)
        forward_actions = [parser.OFPActionSetField(eth_src=GATEWAY_MAC), parser.OFPActionSetField(eth_dst=server_mac),
                           parser.OFPActionSetField(ipv4_src=GATEWAY), parser.OFPActionSetField(ipv4_dst=server_ip),
                           parser.OFPActionSetField(tcp_src=m.napt_port), parser.OFPActionOutput(server_port)]
        for kind, match, actions in ((REVERSE, reverse_match, reverse_actions), (FORWARD, forward_match, forward_actions)):
            inst = [parser.OFPInstructionActions(ofproto.OFPIT_APPLY_ACTIONS, actions)]
            datapath.send_msg(parser.OFPFlowMod(datapath=datapath, cookie=make_cookie(kind, m.server, m.napt_port),
                                                idle_timeout=IDLE_TIMEOUT, priority=NAPT_PRIORITY,
                                                flags=ofproto.OFPFF_SEND_FLOW_REM, match=match, instructions=inst))
        if syn is not None:
            datapath.send_msg(parser.OFPPacketOut(datapath=datapath, buffer_id=ofproto.OFP_NO_BUFFER,
                                                  in_port=ofproto.OFPP_CONTROLLER, actions=forward_actions, data=syn))

    def refuse(self, datapath, eth, ip, segment):
        if segment.has_flags(tcp.TCP_RST):
            return
        if segment.has_flags(tcp.TCP_ACK):
            rst = tcp.tcp(src_port=segment.dst_port, dst_port=segment.src_port, seq=segment.ack, bits=tcp.TCP_RST)
        else:
            length = ip.total_length - ip.header_length * 4 - segment.offset * 4
            length += segment.has_flags(tcp.TCP_SYN) + segment.has_flags(tcp.TCP_FIN)
            rst = tcp.tcp(src_port=segment.dst_port, dst_port=segment.src_port, ack=(segment.seq + length) & 0xffffffff,
                          bits=tcp.TCP_RST | tcp.TCP_ACK)
        reply = packet.Packet()
        reply.add_protocol(ethernet.ethernet(ethertype=ether_types.ETH_TYPE_IP, dst=eth.src, src=eth.dst))
        reply.add_protocol(ipv4.ipv4(proto=in_proto.IPPROTO_TCP, src=ip.dst, dst=ip.src))
        reply.add_protocol(rst)
        reply.serialize()
        self.packet_out(datapath, CLIENT_PORT, reply.data)

    def packet_out(self, datapath, port, data):
        ofproto, parser = datapath.ofproto, datapath.ofproto_parser
        datapath.send_msg(parser.OFPPacketOut(datapath=datapath, buffer_id=ofproto.OFP_NO_BUFFER,
                                              in_port=ofproto.OFPP_CONTROLLER,
                                              actions=[parser.OFPActionOutput(port)], data=data))

    @set_ev_cls(ofp_event.EventOFPFlowRemoved, MAIN_DISPATCHER)
    def flow_removed_handler(self, ev):
        msg = ev.msg
        if msg.datapath is not self.datapath or msg.cookie & OURS_MASK != MAGIC:
            return
        kind = (msg.cookie >> 28) & 0xf
        if kind not in (FORWARD, REVERSE):
            return
        mapping = self.by_server.get(((msg.cookie >> 16) & 0xff, msg.cookie & 0xffff))
        if mapping is None:
            return
        if kind == FORWARD:
            mapping.forward_live = False
        else:
            mapping.reverse_live = False
        if not mapping.forward_live and not mapping.reverse_live:
            self.end_mapping(mapping)

    def end_mapping(self, mapping):
        del self.by_server[(mapping.server, mapping.napt_port)]
        key = (mapping.client_ip, mapping.client_port, mapping.service_port)
        if self.by_client.get(key) is mapping:
            del self.by_client[key]
        self.free_ports[mapping.server].append(mapping.napt_port)
