# ActorGraph web service (API + page): the `actorgraph` CLI running `serve`, used by docker-compose.yml.
# Build context: the repository root.
#   docker build -t actorgraph .
# Stage 1: the .NET SDK with Node.js/npm, because building ActorGraph.Service (a library the CLI hosts) bundles the web page
# (npm ci + esbuild, see src/ActorGraph.Service/ActorGraph.Service.csproj).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ActorGraph.sln ./
# build/ holds the ReadyToRun step the CLI imports.
COPY build/ build/
COPY src/ src/
RUN dotnet publish src/ActorGraph.Cli/ActorGraph.Cli.csproj -c Release -o /app --nologo

# Stage 2: the ASP.NET Core runtime only, plus Graphviz for the SVG export endpoint.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends graphviz fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# A default seed; docker-compose.yml mounts ./graph-seed over it (read-only) so edits on the host are served.
COPY graph-seed/ /seed/
ENV ACTORGRAPH_SEED=/seed
# A 64 MB young generation for the GC: without it, on machines that report no CPU cache sizes (many VMs) the runtime
# picks ~1 MB and a busy service collects 40-60 times a second. The runtime reads this knob from the environment
# only (not from runtimeconfig.json); see docs/service.md, "Memory and the GC". Override with -e DOTNET_GCgen0size=...
ENV DOTNET_GCgen0size=0x4000000
EXPOSE 5080
# The non-root user the .NET images define.
USER $APP_UID
# Inside the container the service listens on all interfaces; docker-compose.yml publishes it on 127.0.0.1 only.
ENTRYPOINT ["dotnet", "actorgraph.dll", "serve", "--urls", "http://0.0.0.0:5080"]
