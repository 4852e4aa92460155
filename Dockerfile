# syntax=docker/dockerfile:1
# Build: publish the API and the importer, and build the database from seeds/ at image build time
# (the same steps CI runs through docker/smoke-test.sh, since CI machines have no Docker engine).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN bash docker/publish.sh /out

# Runtime: the published API and its database, read-only, as a non-root user on port 8080.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /out/api ./
COPY --from=build /out/data ./data
# The seeds and curated tables the database was built from: the API checks the database against them at start.
COPY seeds ./seeds
COPY data/*.csv ./curated/
ENV ASPNETCORE_URLS=http://+:8080 \
    Data__DatabasePath=/app/data/lucheng.db \
    Data__SeedsPath=/app/seeds \
    Data__CuratedPath=/app/curated
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s CMD curl -fsS http://localhost:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "LuchengReport.Api.dll"]
