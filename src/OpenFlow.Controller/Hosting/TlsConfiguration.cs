using System;
using System.IO;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace OpenFlow.Controller.Hosting;

/// <summary>Builds the one <see cref="SslServerAuthenticationOptions"/> all connections share.</summary>
internal static class TlsConfiguration
{
    public static SslServerAuthenticationOptions Build(OpenFlowTlsOptions tls)
    {
        X509Certificate2 certificate = tls.Certificate ?? LoadCertificate(tls);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException("The controller's TLS certificate has no private key.");
        }

        var trusted = new X509Certificate2Collection();
        if (!string.IsNullOrEmpty(tls.TrustedCaPath))
        {
            trusted.ImportFromPemFile(tls.TrustedCaPath);
        }

        if (tls.TrustedCertificates is not null)
        {
            trusted.AddRange(tls.TrustedCertificates);
        }

        bool require = tls.RequireClientCertificate;
        return new SslServerAuthenticationOptions
        {
            ServerCertificateContext = SslStreamCertificateContext.Create(certificate, additionalCertificates: null, offline: true),
            ClientCertificateRequired = require || trusted.Count > 0,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            EnabledSslProtocols = SslProtocols.None,
            RemoteCertificateValidationCallback = (_, certificate, _, errors) => Validate(certificate, errors, require, trusted),
        };
    }

    private static bool Validate(X509Certificate? certificate, SslPolicyErrors errors, bool require, X509Certificate2Collection trusted)
    {
        if (certificate is null)
        {
            return !require;
        }

        if (trusted.Count == 0)
        {
            return errors == SslPolicyErrors.None;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreWrongUsage;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }

    private static X509Certificate2 LoadCertificate(OpenFlowTlsOptions tls)
    {
        string path = tls.CertificatePath!;
        string extension = Path.GetExtension(path);
        if (extension.Equals(".pem", StringComparison.OrdinalIgnoreCase) || extension.Equals(".crt", StringComparison.OrdinalIgnoreCase) || !string.IsNullOrEmpty(tls.PrivateKeyPath))
        {
            using X509Certificate2 pem = X509Certificate2.CreateFromPemFile(path, tls.PrivateKeyPath);
#if NET9_0_OR_GREATER
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
#else
            return new X509Certificate2(pem.Export(X509ContentType.Pkcs12));
#endif
        }

#if NET9_0_OR_GREATER
        return X509CertificateLoader.LoadPkcs12FromFile(path, tls.CertificatePassword);
#else
        return new X509Certificate2(path, tls.CertificatePassword);
#endif
    }
}
