using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Protocol.Pipeline;
using LiveFunctions.Emulator.Simulation.ObjectStorage;
using LiveFunctions.Emulator.Simulation.Recording;
using LiveFunctions.Emulator.Simulation.RecordIndex;
using LiveFunctions.Emulator.Simulation.Snapshots;
using LiveFunctions.Emulator.Simulation.Streams;
using LiveFunctions.Emulator.Simulation.TranscodeJobs;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Simulation;

/// <summary>
/// The entry points of the simulation part of the emulator (streams, recording, index files, snapshots, ICE jobs).
/// The host calls these three methods; everything else of the simulation stays behind them.
/// </summary>
internal static class SimulationModule
{
    private const string Live = OpenApiEndpoint.LiveVersion;
    private const string Ice = OpenApiEndpoint.IceVersion;

    /// <summary>
    /// Registers the simulation's services (stateful ones also as <see cref="IResettable"/> and
    /// <see cref="IPersistentState"/>). Needs from the host: <c>IConfiguration</c>, <c>LiveConfigStore</c>, logging and
    /// (optionally — the system clock otherwise) a <see cref="TimeProvider"/>.
    /// </summary>
    public static void AddServices(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SimulationOptions>().BindConfiguration(SimulationOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SimulationOptions>, SimulationOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddHttpClient(SnapshotCallbackSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<EmulatorBaseUrl>();

        services.AddPersistentState<StreamSessionStore>();
        services.AddPersistentState<ObjectStore>();
        services.AddPersistentState<RecordingService>();
        services.AddPersistentState<RecordIndexStore>();
        services.AddPersistentState<SnapshotStore>();
        services.AddPersistentState<TranscodeJobStore>();
        services.AddPersistentState<SnapshotScheduler>();
        // The duplicate-delivery switch is a test control like the fault rules: a restart goes back to the setting.
        services.AddResettable<SnapshotCallbacks>();
        services.AddHostedService(sp => sp.GetRequiredService<SnapshotScheduler>());

        services.AddSingleton<SnapshotTaker>();
        services.AddSingleton<SnapshotCallbackSender>();
        services.AddSingleton<DescribeLiveStreamsPublishListAction>();
        services.AddSingleton<DescribeLiveStreamsOnlineListAction>();
        services.AddSingleton<CreateLiveStreamRecordIndexFilesAction>();
        services.AddSingleton<DescribeRecordIndexActions>();
        services.AddSingleton<DescribeLiveStreamSnapshotInfoAction>();
        services.AddSingleton<SubmitLiveTranscodeJobAction>();
        services.AddSingleton<UpdateLiveTranscodeJobAction>();
        services.AddSingleton<TranscodeJobQueryActions>();
        services.AddSingleton<TranscodeJobCommandActions>();
    }

    /// <summary>Registers the simulation's OpenAPI actions.</summary>
    public static void RegisterActions(EmulatorActionTable table, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(services);
        table.Add(Live, "DescribeLiveStreamsPublishList", services.GetRequiredService<DescribeLiveStreamsPublishListAction>().Handle);
        table.Add(Live, "DescribeLiveStreamsOnlineList", services.GetRequiredService<DescribeLiveStreamsOnlineListAction>().Handle);
        table.Add(Live, "CreateLiveStreamRecordIndexFiles", services.GetRequiredService<CreateLiveStreamRecordIndexFilesAction>().Handle);
        var indexes = services.GetRequiredService<DescribeRecordIndexActions>();
        table.Add(Live, "DescribeLiveStreamRecordIndexFiles", indexes.DescribeFiles);
        table.Add(Live, "DescribeLiveStreamRecordIndexFile", indexes.DescribeFile);
        table.Add(Live, "DescribeLiveStreamSnapshotInfo", services.GetRequiredService<DescribeLiveStreamSnapshotInfoAction>().Handle);

        table.Add(Ice, "SubmitLiveTranscodeJob", services.GetRequiredService<SubmitLiveTranscodeJobAction>().Handle);
        table.Add(Ice, "UpdateLiveTranscodeJob", services.GetRequiredService<UpdateLiveTranscodeJobAction>().Handle);
        var queries = services.GetRequiredService<TranscodeJobQueryActions>();
        table.Add(Ice, "GetLiveTranscodeJob", queries.Get);
        table.Add(Ice, "ListLiveTranscodeJobs", queries.List);
        var commands = services.GetRequiredService<TranscodeJobCommandActions>();
        table.Add(Ice, "SendLiveTranscodeJobCommand", commands.SendCommand);
        table.Add(Ice, "DeleteLiveTranscodeJob", commands.Delete);
    }

    /// <summary>Maps the simulation's developer endpoints under <c>/_emulator/</c>.</summary>
    public static void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        StreamEndpoints.Map(app);
        OssEndpoints.Map(app);
        SnapshotEndpoints.Map(app);
    }
}
