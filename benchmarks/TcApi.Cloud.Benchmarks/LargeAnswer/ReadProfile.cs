using System.Diagnostics;
using System.Text.Json;
using TcApi.Cvm.V20170312;
using TcApi.Wire;

namespace TcApi.Cloud.Benchmarks.LargeAnswer;

/// <summary>
/// Where the read of the 100-instance answer goes, beside the floor (`dotnet run -c Release --project
/// benchmarks/TcApi.Cloud.Benchmarks -- profile`): the floor; the floor that also makes a string of every string value
/// (what the model's strings cost alone); the read. Medians of single reads, allocation counted on this thread.
/// </summary>
public static class ReadProfile
{
    private const int Warmups = 200;
    private const int Runs = 1_000;

    public static void Run()
    {
        foreach (var (name, answer) in new[] { ("example", CvmAnswer.Bytes), ("distinct", CvmAnswer.DistinctBytes) })
        {
            var (strings, distinct) = CountStrings(answer);
            Console.WriteLine($"answer '{name}': {answer.Length:N0} bytes, {strings:N0} string values, {distinct:N0} distinct");
            var floor = Measure(() => Floor(answer));
            Report("floor: one Utf8JsonReader pass", floor, floor);
            Report("floor + a string of every string value", Measure(() => FloorAndStrings(answer)), floor);
            Report("DescribeInstancesResponse.Read", Measure(() => DescribeInstancesResponse.Read(answer)), floor);
            Report("read leniently", Measure(() => ResponseReading.Leniently(DescribeInstancesResponse.Read, answer)), floor);
        }
    }

    private static void Report(string what, (double Micros, long Bytes) measured, (double Micros, long Bytes) floor) =>
        Console.WriteLine($"  {what,-42} {measured.Micros,8:F1} µs  {measured.Micros / floor.Micros,5:F2}×  {measured.Bytes,9:N0} B");

    private static (double Micros, long Bytes) Measure(Func<object> read)
    {
        for (var i = 0; i < Warmups; i++)
        {
            read();
        }

        var times = new double[Runs];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            read();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Array.Sort(times);
        return (times[Runs / 2], allocated / Runs);
    }

    private static object Floor(byte[] answer)
    {
        var reader = new Utf8JsonReader(answer);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    private static object FloorAndStrings(byte[] answer)
    {
        var reader = new Utf8JsonReader(answer);
        string? last = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                last = reader.GetString();
            }
        }

        return last ?? string.Empty;
    }

    private static (int Strings, int Distinct) CountStrings(byte[] answer)
    {
        var reader = new Utf8JsonReader(answer);
        var values = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                values.Add(reader.GetString()!);
            }
        }

        return (values.Count, values.Distinct(StringComparer.Ordinal).Count());
    }
}
