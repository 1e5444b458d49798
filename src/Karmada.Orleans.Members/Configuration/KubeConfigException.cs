namespace Karmada.Orleans.Members.Configuration;

/// <summary>A kubeconfig cannot be read or does not describe a usable connection; the message says where and what.</summary>
public sealed class KubeConfigException : Exception
{
    public KubeConfigException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
