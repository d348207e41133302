using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Scheduling.Transcode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Scheduling;

/// <summary>Registers the scheduling settings.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="IndexFilesOptions"/> (section <c>IndexFiles</c>) and <see cref="TranscodeRotationOptions"/>
    /// (section <c>TranscodeRotation</c>) and checks both at start-up.
    /// </summary>
    public static IServiceCollection AddLiveFunctionsScheduling(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IndexFilesOptions>().BindConfiguration(IndexFilesOptions.SectionName).ValidateOnStart();
        services.AddOptions<TranscodeRotationOptions>().BindConfiguration(TranscodeRotationOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IndexFilesOptions>, IndexFilesOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TranscodeRotationOptions>, TranscodeRotationOptionsValidator>());
        return services;
    }
}
