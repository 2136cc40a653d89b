# The L2 learning switch of samples/LearningSwitch written for os-ken, as a peer for benchmarks/run-peers.sh.
#   /usr/bin/python3 -m os_ken.cmd.manager --ofp-listen-host 127.0.0.1 --ofp-tcp-listen-port 6653 benchmarks/peers/osken_l2.py
# Same work per PacketIn as LearningSwitchApp.cs: learn "source MAC is behind in_port" per switch (unicast sources
# only); a known destination on another port gets a FlowMod (in_port + eth_dst + eth_src -> output, priority 1, idle
# timeout 30 s) and the packet is sent on with a PacketOut (none when the switch buffered it: the flow releases it);
# an unknown or multicast destination is flooded. LLDP is ignored. Table-miss: priority 0, everything to the controller.
# Plain os-ken, written as its users write apps (its simple_switch_13 sample is the model): ofp_event handlers, the
# packet library to parse, the OFP parser classes to build.
from os_ken.base import app_manager
from os_ken.controller import ofp_event
from os_ken.controller.handler import CONFIG_DISPATCHER, MAIN_DISPATCHER, set_ev_cls
from os_ken.lib.packet import ether_types, ethernet, packet
from os_ken.ofproto import ofproto_v1_3

FLOW_IDLE_TIMEOUT = 30
FLOW_PRIORITY = 1


def is_multicast(mac):
    return int(mac[0:2], 16) & 1 == 1


class LearningSwitch13(app_manager.OSKenApp):
    OFP_VERSIONS = [ofproto_v1_3.OFP_VERSION]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tables = {}  # datapath id -> {mac: port}

    @set_ev_cls(ofp_event.EventOFPSwitchFeatures, CONFIG_DISPATCHER)
    def switch_features_handler(self, ev):
        datapath = ev.msg.datapath
        ofproto = datapath.ofproto
        parser = datapath.ofproto_parser
        self.tables[datapath.id] = {}
        # Table-miss: priority 0, match everything, the whole packet to the controller.
        actions = [parser.OFPActionOutput(ofproto.OFPP_CONTROLLER, ofproto.OFPCML_NO_BUFFER)]
        inst = [parser.OFPInstructionActions(ofproto.OFPIT_APPLY_ACTIONS, actions)]
        datapath.send_msg(parser.OFPFlowMod(datapath=datapath, priority=0, match=parser.OFPMatch(), instructions=inst))

    @set_ev_cls(ofp_event.EventOFPPacketIn, MAIN_DISPATCHER)
    def packet_in_handler(self, ev):
        msg = ev.msg
        datapath = msg.datapath
        ofproto = datapath.ofproto
        parser = datapath.ofproto_parser
        table = self.tables.get(datapath.id)
        if table is None:
            return

        eth = packet.Packet(msg.data).get_protocol(ethernet.ethernet)
        if eth is None or eth.ethertype == ether_types.ETH_TYPE_LLDP:
            return

        in_port = msg.match['in_port']
        src, dst = eth.src, eth.dst
        if not is_multicast(src):
            table[src] = in_port

        out_port = None if is_multicast(dst) else table.get(dst)
        learned = out_port is not None and out_port != in_port
        actions = [parser.OFPActionOutput(out_port if learned else ofproto.OFPP_FLOOD)]
        if learned:
            match = parser.OFPMatch(in_port=in_port, eth_dst=dst, eth_src=src)
            inst = [parser.OFPInstructionActions(ofproto.OFPIT_APPLY_ACTIONS, actions)]
            datapath.send_msg(parser.OFPFlowMod(datapath=datapath, priority=FLOW_PRIORITY, idle_timeout=FLOW_IDLE_TIMEOUT,
                                                buffer_id=msg.buffer_id, match=match, instructions=inst))
            if msg.buffer_id != ofproto.OFP_NO_BUFFER:
                return

        data = msg.data if msg.buffer_id == ofproto.OFP_NO_BUFFER else None
        datapath.send_msg(parser.OFPPacketOut(datapath=datapath, buffer_id=msg.buffer_id, in_port=in_port,
                                              actions=actions, data=data))
