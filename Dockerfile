# Mentor Coach: docker build -t mentor-coach . && docker run --env-file .env -p 3000:3000 mentor-coach
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY tsconfig.json ./
COPY migrations ./migrations
COPY src ./src

# The embedded database (used when DATABASE_URL is unset) lives in a volume owned by the app user.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node

EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

# node runs as PID 1 (not under npm) so that SIGTERM reaches the app and it stops cleanly.
CMD ["node", "--import", "tsx", "src/main.ts"]
