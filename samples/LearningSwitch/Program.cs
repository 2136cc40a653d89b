using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenFlow.Controller.Hosting;
using OpenFlow.Samples.LearningSwitch;

// dotnet run --project samples/LearningSwitch -- --Controller:Listen=127.0.0.1:6653
HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.Services.AddOpenFlowController().AddOpenFlowApp<LearningSwitchApp>();
await builder.Build().RunAsync().ConfigureAwait(false);
