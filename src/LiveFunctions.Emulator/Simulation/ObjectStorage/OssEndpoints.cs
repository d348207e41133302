using LiveFunctions.Emulator.Protocol.Developer;
using LiveFunctions.Emulator.Simulation.Recording;

namespace LiveFunctions.Emulator.Simulation.ObjectStorage;

/// <summary><c>GET /_emulator/oss/{bucket}/{**object}</c>: serves a stored object with the content type of its extension.</summary>
internal static class OssEndpoints
{
    /// <summary>Maps the object route.</summary>
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapMethods("/_emulator/oss/{bucket}/{**object}", [HttpMethods.Get, HttpMethods.Head], Serve);

    private static IResult Serve(string bucket, string? @object, ObjectStore objects, RecordingService recording, TimeProvider clock)
    {
        var key = @object ?? "";
        var content = objects.Get(bucket, key);
        // TS segments are written lazily; one that a recording has by now is written on its first fetch.
        if (content is null && recording.TryMaterialize(bucket, key, clock.GetUtcNow()))
        {
            content = objects.Get(bucket, key);
        }

        return content is null
            ? DeveloperJson.Error(404, "NoSuchKey", "The specified key does not exist.")
            : Results.Bytes(content, ObjectKeys.ContentType(key));
    }
}
