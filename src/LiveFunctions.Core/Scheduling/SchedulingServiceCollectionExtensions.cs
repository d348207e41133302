using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Scheduling.Records;
using LiveFunctions.Core.Scheduling.Transcode;
using LiveFunctions.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Scheduling;

/// <summary>Registers the scheduling settings and the store of the scheduling records.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="IndexFilesOptions"/> (section <c>IndexFiles</c>) and <see cref="TranscodeRotationOptions"/>
    /// (section <c>TranscodeRotation</c>) and checks both at start-up. <c>IndexFiles:Domains</c> may be a list
    /// (<c>IndexFiles__Domains__0</c>, …) or one comma-separated value (<c>IndexFiles__Domains=a.com,b.com</c>, as the
    /// deployment sets it): every entry is split on commas and trimmed, and empty parts are dropped.
    /// </summary>
    public static IServiceCollection AddLiveFunctionsScheduling(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IndexFilesOptions>().BindConfiguration(IndexFilesOptions.SectionName).ValidateOnStart();
        services.AddOptions<TranscodeRotationOptions>().BindConfiguration(TranscodeRotationOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<IndexFilesOptions>, IndexFilesDomainsSplitter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IndexFilesOptions>, IndexFilesOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TranscodeRotationOptions>, TranscodeRotationOptionsValidator>());
        return services;
    }

    /// <summary>
    /// <see cref="AddLiveFunctionsScheduling"/>, plus the Azure Storage client (<c>AzureWebJobsStorage</c>) and the
    /// <see cref="SchedulingStore"/> of outcomes, checkpoints, schedules and actions.
    /// </summary>
    public static IServiceCollection AddLiveFunctionsSchedulingStore(this IServiceCollection services)
    {
        services.AddLiveFunctionsScheduling();
        services.AddAzureStorage();
        services.TryAddSingleton<SchedulingStore>();
        return services;
    }
}
