using EcFunctions.Functions;
using Microsoft.Extensions.Hosting;

await FunctionsApp.CreateBuilder(args).Build().RunAsync();
