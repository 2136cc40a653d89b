using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using OpenFlow.Balancing;
using OpenFlow.Protocol.Primitives;
using Xunit;

namespace OpenFlow.Balancers.Tests.Unit;

public class BalancerSettingsTests
{
    private static readonly BalancerMode[] AllModes = { BalancerMode.Reactive, BalancerMode.Proactive, BalancerMode.Conntrack };

    /// <summary>The design note's MacBalance network: both servers hold the VIP.</summary>
    private static BalancerOptions MacOptions(string mode = "reactive") => new()
    {
        Mode = mode,
        Gateway = "10.10.10.10",
        Servers =
        {
            new BackendOptions { Name = "srv1", Ip = "10.10.10.1", Mac = "02:00:0a:0a:0b:0b", SwitchPort = 2 },
            new BackendOptions { Name = "srv2", Ip = "10.10.10.1", Mac = "02:00:0a:0a:0b:0c", SwitchPort = 3 },
        },
    };

    [Theory]
    [InlineData("reactive", BalancerMode.Reactive)]
    [InlineData("Proactive", BalancerMode.Proactive)]
    [InlineData("CONNTRACK", BalancerMode.Conntrack)]
    [InlineData("ConnTrack", BalancerMode.Conntrack)]
    public void Parse_Mode_CaseInsensitive(string text, BalancerMode expected) =>
        Assert.Equal(expected, BalancerSettings.Parse(MacOptions(text), AllModes).Mode);

    [Fact]
    public void Parse_NoModeConfigured_Reactive() =>
        Assert.Equal(BalancerMode.Reactive, BalancerSettings.Parse(new BalancerOptions { Servers = { new BackendOptions { Ip = "10.10.11.11", Mac = "02:00:00:00:00:01", SwitchPort = 2 } } }, BalancerMode.Reactive).Mode);

    [Fact]
    public void Parse_ModeTheBalancerLacks_MessageNamesTheKeyAndTheSupportedModes()
    {
        var ex = Assert.Throws<FormatException>(() => BalancerSettings.Parse(MacOptions("conntrack"), BalancerMode.Reactive, BalancerMode.Proactive));

        Assert.Contains("Balancer:Mode", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'conntrack'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("reactive, proactive", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("turbo")]
    [InlineData("")]
    [InlineData(" reactive")]
    public void Parse_UnknownMode_MessageNamesTheKeyAndEveryMode(string text)
    {
        var ex = Assert.Throws<FormatException>(() => BalancerSettings.Parse(MacOptions(text), AllModes));

        Assert.Contains("Balancer:Mode", ex.Message, StringComparison.Ordinal);
        Assert.Contains("reactive, proactive, conntrack", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoSupportedModes_ArgumentException() =>
        Assert.Throws<ArgumentException>(() => BalancerSettings.Parse(MacOptions()));

    [Fact]
    public void CreateBackends_SharedAddressAllowed_ServersHoldTheVip()
    {
        IReadOnlyList<Backend> backends = BalancerSettings.Parse(MacOptions(), AllModes).CreateBackends(distinctAddresses: false);

        Assert.Equal(2, backends.Count);
        Assert.All(backends, b => Assert.Equal(new Ipv4Address(0x0a0a_0a01), b.Ip));
    }

    [Fact]
    public void CreateBackends_SharedAddressNotAllowed_Throws()
    {
        var ex = Assert.Throws<FormatException>(() => BalancerSettings.Parse(MacOptions(), AllModes).CreateBackends());
        Assert.Contains("share the address", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CreateBackends_SharedMac_AlwaysThrows(bool distinctAddresses)
    {
        BalancerOptions options = MacOptions();
        options.Servers[1].Ip = "10.10.10.2";
        options.Servers[1].Mac = options.Servers[0].Mac.ToUpperInvariant();

        var ex = Assert.Throws<FormatException>(() => BalancerSettings.Parse(options, AllModes).CreateBackends(distinctAddresses));

        Assert.Contains("share the MAC address", ex.Message, StringComparison.Ordinal);
        Assert.Contains("srv1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("srv2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateBackends_ServerOnTheClientPort_Throws()
    {
        BalancerOptions options = MacOptions();
        options.Servers[1].SwitchPort = options.ClientPort;

        Assert.Throws<FormatException>(() => BalancerSettings.Parse(options, AllModes).CreateBackends(distinctAddresses: false));
    }

    [Fact]
    public void Parse_GroupDefaults_AsDocumented()
    {
        BalancerSettings settings = BalancerSettings.Parse(MacOptions(), AllModes);

        Assert.Equal(new GroupId(0x4c42_0001), settings.GroupId);
        Assert.Equal(0.5, settings.WeightChangeRatio);
    }

    [Theory]
    [InlineData(0xffff_ff01u)]
    [InlineData(0xffff_fffcu)]
    [InlineData(0xffff_ffffu)]
    public void Parse_ReservedGroupId_MessageNamesTheKey(uint group)
    {
        BalancerOptions options = MacOptions();
        options.GroupId = group;

        Assert.Contains("Balancer:GroupId", Assert.Throws<FormatException>(() => BalancerSettings.Parse(options, AllModes)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    public void Parse_BadWeightChangeRatio_MessageNamesTheKey(double ratio)
    {
        BalancerOptions options = MacOptions();
        options.WeightChangeRatio = ratio;

        Assert.Contains("Balancer:WeightChangeRatio", Assert.Throws<FormatException>(() => BalancerSettings.Parse(options, AllModes)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyConstructor_DerivedSettings_CopyEveryProperty()
    {
        BalancerOptions options = MacOptions("proactive");
        options.Policy = "resTime";
        options.Refuse = "drop";
        options.DownServerFlows = "remove";
        options.GroupId = 77;
        options.WeightChangeRatio = 0.25;
        options.ServicePorts.AddRange(new[] { 80, 8080 });
        BalancerSettings parsed = BalancerSettings.Parse(options, AllModes);

        var derived = new DerivedSettings(parsed);

        foreach (PropertyInfo property in typeof(BalancerSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.Equal(property.GetValue(parsed), property.GetValue(derived));
        }

        Assert.Equal(BalancerMode.Proactive, derived.Mode);
        Assert.Equal(new GroupId(77), derived.GroupId);
    }

    private sealed class DerivedSettings(BalancerSettings common) : BalancerSettings(common);
}
