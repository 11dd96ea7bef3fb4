# Mentor Coach. Build: docker build -t mentor-coach .
# Run (embedded database in a volume):
#   docker run --env-file .env -p 3000:3000 -v mentor-coach-data:/data mentor-coach
# With PostgreSQL: docker compose up -d (compose.yaml).

# Build stage: every dependency (TypeScript), compiles src/ to dist/ and makes the embedded template.
FROM node:24.22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY migrations ./migrations
COPY src ./src
RUN npm run build

# Runtime stage: production dependencies and the compiled app only (no TypeScript, tsx or esbuild).
FROM node:24.22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY scripts ./scripts
COPY migrations ./migrations
COPY --from=build /app/dist ./dist

# The embedded database (used when DATABASE_URL is unset) lives in a volume owned by the app user.
# The report's chart (issue 17) is drawn on the server with the system's fonts: a slim image has none.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node

EXPOSE 3000
# node's own fetch: the slim image needs no curl.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# node runs as PID 1 (not under npm) so that SIGTERM reaches the app and it stops cleanly.
CMD ["node", "--enable-source-maps", "dist/main.js"]
