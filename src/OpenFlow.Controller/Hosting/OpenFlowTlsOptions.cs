using System.Security.Cryptography.X509Certificates;

namespace OpenFlow.Controller.Hosting;

/// <summary>
/// TLS settings of the listener (configuration section <c>Controller:Tls</c>). One
/// <see cref="System.Net.Security.SslServerAuthenticationOptions"/> is built from them once and shared by every connection.
/// </summary>
public sealed class OpenFlowTlsOptions
{
    /// <summary>The server certificate: a PKCS#12 file (with <see cref="CertificatePassword"/>) or a PEM file (with <see cref="PrivateKeyPath"/>).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of a PKCS#12 <see cref="CertificatePath"/>.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The PEM private key of a PEM <see cref="CertificatePath"/> (omit when the key is in the same file).</summary>
    public string? PrivateKeyPath { get; set; }

    /// <summary>A certificate with private key given in code; takes precedence over <see cref="CertificatePath"/>.</summary>
    public X509Certificate2? Certificate { get; set; }

    /// <summary>Whether switches must present a client certificate that chains to <see cref="TrustedCaPath"/> (or the system store).</summary>
    public bool RequireClientCertificate { get; set; }

    /// <summary>A PEM file of CA certificates that switch certificates must chain to; when unset the system trust store is used.</summary>
    public string? TrustedCaPath { get; set; }

    /// <summary>CA certificates given in code, in addition to <see cref="TrustedCaPath"/>.</summary>
    public X509Certificate2Collection? TrustedCertificates { get; set; }

    /// <summary>Whether TLS is configured (a certificate is given).</summary>
    public bool IsEnabled => Certificate is not null || !string.IsNullOrEmpty(CertificatePath);
}
