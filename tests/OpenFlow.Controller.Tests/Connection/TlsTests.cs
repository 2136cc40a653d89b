using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using OpenFlow.Protocol.Primitives;
using OpenFlow.TestKit;
using Xunit;

namespace OpenFlow.Controller.Tests.Connection;

public class TlsTests
{
    private static X509Certificate2 SelfSigned(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256);
        using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    [Fact]
    public async Task Tls_HandshakeAndEcho_OverSslStream()
    {
        using X509Certificate2 server = SelfSigned("controller");
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(o => o.Tls.Certificate = server, app);
        Assert.True(harness.Controller.UsesTls);
        await using FakeSwitch fake = await FakeSwitch.ConnectAsync(harness.EndPoint, tls: true);
        await fake.HandshakeAsync(77);
        await ControllerHarness.WaitUntilAsync(() => app.Ready.ContainsKey(77), "ready over TLS");
        await fake.SendAsync(Hex.Parse("04 02 0008 00000005"));
        Assert.Equal(Hex.Parse("04 03 0008 00000005"), await fake.ExpectAsync(OfpType.EchoReply));
    }

    [Fact]
    public async Task Tls_ClientCertificateRequired_TrustedSwitchAcceptedUntrustedRejected()
    {
        using X509Certificate2 server = SelfSigned("controller");
        using X509Certificate2 trusted = SelfSigned("switch-a");
        using X509Certificate2 stranger = SelfSigned("switch-b");
        var app = new RecordingApp();
        await using var harness = await ControllerHarness.StartAsync(o =>
        {
            o.Tls.Certificate = server;
            o.Tls.RequireClientCertificate = true;
            o.Tls.TrustedCertificates = new X509Certificate2Collection { X509CertificateLoader.LoadCertificate(trusted.RawData) };
        }, app);

        await using (FakeSwitch good = await FakeSwitch.ConnectAsync(harness.EndPoint, trusted))
        {
            await good.HandshakeAsync(1);
            await ControllerHarness.WaitUntilAsync(() => app.Ready.ContainsKey(1), "trusted switch ready");
        }

        bool rejected;
        try
        {
            await using FakeSwitch bad = await FakeSwitch.ConnectAsync(harness.EndPoint, stranger);
            rejected = await bad.TryReadMessageAsync() is null;
        }
        catch (Exception ex) when (ex is System.Security.Authentication.AuthenticationException or System.IO.IOException)
        {
            rejected = true;
        }

        Assert.True(rejected);
        await ControllerHarness.WaitUntilAsync(() => harness.Log.Contains("TLS handshake"), "TLS failure logged");
    }
}
