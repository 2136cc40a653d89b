using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OpenFlow.Controller.Tests.Ovs;

/// <summary>
/// A tiny certificate authority for one test: a CA, the controller's certificate and the switch's certificate (both
/// signed by the CA), the switch's files written as PEM for <c>ovs-vsctl set-ssl</c>.
/// </summary>
public sealed class TestPki : IDisposable
{
    private TestPki(X509Certificate2 ca, X509Certificate2 controller, string switchKeyPath, string switchCertificatePath, string caPath)
    {
        Ca = ca;
        Controller = controller;
        SwitchKeyPath = switchKeyPath;
        SwitchCertificatePath = switchCertificatePath;
        CaPath = caPath;
    }

    /// <summary>The CA certificate (public part only).</summary>
    public X509Certificate2 Ca { get; }

    /// <summary>The controller's certificate with its private key.</summary>
    public X509Certificate2 Controller { get; }

    public string SwitchKeyPath { get; }

    public string SwitchCertificatePath { get; }

    /// <summary>The CA certificate as PEM.</summary>
    public string CaPath { get; }

    public static TestPki Create(string directory)
    {
        DateTimeOffset notBefore = DateTimeOffset.UtcNow.AddMinutes(-5);
        DateTimeOffset notAfter = DateTimeOffset.UtcNow.AddDays(1);
        using RSA caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=OpenFlow test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using X509Certificate2 caWithKey = caRequest.CreateSelfSigned(notBefore, notAfter);

        X509Certificate2 controller = Issue(caWithKey, "CN=controller", notBefore, notAfter, 1, out _);
        using X509Certificate2 switchCertificate = Issue(caWithKey, "CN=switch", notBefore, notAfter, 2, out string switchKeyPem);

        string caPath = Path.Combine(directory, "ca.pem");
        string keyPath = Path.Combine(directory, "switch-key.pem");
        string certificatePath = Path.Combine(directory, "switch-cert.pem");
        File.WriteAllText(caPath, caWithKey.ExportCertificatePem() + "\n");
        File.WriteAllText(keyPath, switchKeyPem + "\n");
        File.WriteAllText(certificatePath, switchCertificate.ExportCertificatePem() + "\n");
        return new TestPki(X509CertificateLoader.LoadCertificate(caWithKey.RawData), controller, keyPath, certificatePath, caPath);
    }

    public void Dispose()
    {
        Ca.Dispose();
        Controller.Dispose();
    }

    private static X509Certificate2 Issue(X509Certificate2 ca, string subject, DateTimeOffset notBefore, DateTimeOffset notAfter, byte serial, out string keyPem)
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            new OidCollection { new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2") }, false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        using X509Certificate2 issued = request.Create(ca, notBefore, notAfter, new byte[] { serial, 0x5a });
        using X509Certificate2 withKey = issued.CopyWithPrivateKey(key);
        keyPem = key.ExportPkcs8PrivateKeyPem();

        // Through PKCS#12 so that SslStream on Linux can use the key.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }
}
