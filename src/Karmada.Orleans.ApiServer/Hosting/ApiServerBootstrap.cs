using Karmada.Orleans.ApiServer.Controllers;
using Microsoft.Extensions.Hosting;

namespace Karmada.Orleans.ApiServer.Hosting;

/// <summary>Before the API serves: system namespaces exist and stored CRDs are registered.</summary>
internal sealed class ApiServerBootstrap(NamespaceController namespaces, CustomResourceDefinitionController crds) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await namespaces.EnsureSystemNamespacesAsync(cancellationToken);
        await crds.LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
