using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OpenFlow.Benchmarks.SwitchEmulator;

// An OpenFlow 1.3 switch emulator: N switches drive one controller with PacketIns and count the answers.
// dotnet run -c Release --project benchmarks/SwitchEmulator -- --switches 4 --seconds 10 --mode throughput --workload napt
EmulatorOptions options;
try
{
    options = EmulatorOptions.Parse(args);
}
catch (ArgumentException e)
{
    if (e.Message.Length > 0)
    {
        Console.Error.WriteLine(e.Message);
    }

    Console.Error.WriteLine(EmulatorOptions.Usage);
    return 2;
}

if (options.SelfTest)
{
    return SelfTest.Run(options);
}

TextWriter log = options.Json ? Console.Error : Console.Out;
var run = new RunState();
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    run.Set(RunState.Stopping);
};

var switches = new EmulatedSwitch[options.Switches];
var tasks = new Task[options.Switches];
for (int i = 0; i < switches.Length; i++)
{
    switches[i] = new EmulatedSwitch(options, run, i);
    EmulatedSwitch s = switches[i];
    tasks[i] = Task.Run(() => s.RunAsync(cts.Token));
}

using var waker = new Timer(static state =>
{
    foreach (EmulatedSwitch s in (EmulatedSwitch[])state!)
    {
        s.Wake();
    }
}, switches, 20, 20);

// Handshake: wait until every switch is ready (handshake answered, controller quiet), at most 15 s.
var handshake = Stopwatch.StartNew();
while (handshake.Elapsed < TimeSpan.FromSeconds(15) && Array.Exists(switches, s => !s.Ready && s.Failure is null) && run.Phase == RunState.Handshake)
{
    await Task.Delay(10).ConfigureAwait(false);
}

int ready = Array.FindAll(switches, s => s.Ready).Length;
foreach (EmulatedSwitch s in switches)
{
    if (s.Failure is not null)
    {
        Console.Error.WriteLine(s.Failure);
    }
}

if (ready == 0)
{
    Console.Error.WriteLine("no switch finished its handshake with the controller");
    await cts.CancelAsync().ConfigureAwait(false);
    return 1;
}

log.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{ready}/{options.Switches} switches ready after {handshake.ElapsedMilliseconds} ms; {options.Mode.ToString().ToLowerInvariant()} mode, {options.Workload.ToString().ToLowerInvariant()} workload, {options.InFlight} in flight per switch, {options.WarmupSeconds} s warm-up then {options.Seconds} s against {options.Controller}"));
log.WriteLine("  s  answered/s  flowmods/s packetouts/s  p50_us  p99_us p99.9_us   lost flow_removed/s");

var report = new Report(switches);
run.Set(RunState.Measuring);

// Warm-up: the same load, reported with a w prefix and left out of the totals. A controller pinned to one core
// recompiles its hot code late (.NET waits 10x longer before tiering up when it sees one processor), and the first
// connections fill its tables: without a warm-up a 10 s run measures mostly that.
var clock = Stopwatch.StartNew();
Report.Sample previous = report.Take();
for (int second = 1; second <= options.WarmupSeconds && run.Phase == RunState.Measuring; second++)
{
    TimeSpan wait = TimeSpan.FromSeconds(second) - clock.Elapsed;
    if (wait > TimeSpan.Zero)
    {
        await Task.Delay(wait).ConfigureAwait(false);
    }

    Report.Sample now = report.Take();
    log.WriteLine(Report.Line("w" + second.ToString(CultureInfo.InvariantCulture), previous, now));
    previous = now;
}

Report.Sample start = previous;
clock.Restart();
for (int second = 1; second <= options.Seconds && run.Phase == RunState.Measuring; second++)
{
    TimeSpan wait = TimeSpan.FromSeconds(second) - clock.Elapsed;
    if (wait > TimeSpan.Zero)
    {
        await Task.Delay(wait).ConfigureAwait(false);
    }

    Report.Sample now = report.Take();
    log.WriteLine(Report.Line(second.ToString(CultureInfo.InvariantCulture), previous, now));
    previous = now;
}

run.Set(RunState.Stopping);
double elapsed = clock.Elapsed.TotalSeconds;
Report.Sample total = report.Take().Since(start);
foreach (EmulatedSwitch s in switches)
{
    s.Wake();
}

await Task.WhenAny(Task.WhenAll(tasks), Task.Delay(1000)).ConfigureAwait(false);
await cts.CancelAsync().ConfigureAwait(false);

int answering = Array.FindAll(switches, s => s.Answered > 0).Length;
log.WriteLine(Report.Line("all", Report.Sample.Empty, total, elapsed));
log.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"sent {total.Sent} PacketIns, {total.Answered} answered, {total.Lost} lost (>{options.TimeoutMs} ms), {total.Unmatched} PacketOuts without one of our packets, {total.FlowRemoved} FLOW_REMOVED sent, {total.Errors} errors from the controller; {answering}/{ready} switches got answers"));
if (options.Json)
{
    Console.WriteLine(Report.Json(options, total, elapsed, ready, answering));
}

return total.Answered > 0 ? 0 : 1;
