# syntax=docker/dockerfile:1
# Kompetensplan: the production server (Next's standalone output) and the one-off migration image.
#   docker compose up -d             builds both, migrates the database, then starts the app (compose.yaml)
# Targets: `runtime` (the default, last) serves the app; `migrate` runs `npm run db:migrate` and exits.

ARG NODE_VERSION=20

# Every dependency, dev ones included (the build, tsx and Prisma's schema engine for the migration).
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

# The one-off migration service: the same command as on any machine (README, "Drift"). Run as the unprivileged
# user the image provides; it only reads the project and talks to DATABASE_URL.
FROM build AS migrate
USER node
CMD ["npm", "run", "db:migrate"]

# The server: the standalone folder (its own node_modules, the migrations it checks in /api/health), the start
# script, and Debian's Chromium headless shell with the font the PDF names: it prints the plan's PDF
# (lib/export/chromium-path.ts, plan-html.ts).
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium-headless-shell fonts-liberation2 \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=3000
COPY --from=build /app/.next/standalone ./.next/standalone
COPY --from=build /app/scripts/start.mjs /app/scripts/forwarded-headers.mjs ./scripts/
COPY --from=build /app/node_modules/@next/env ./node_modules/@next/env
# The embedded database's folder, if DATABASE_URL is unset: the only place the server writes.
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "scripts/start.mjs"]
