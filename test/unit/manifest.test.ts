import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')) as unknown;
const appSource = (file: string) => readFileSync(new URL(`../../src/slack/${file}`, import.meta.url), 'utf8');

// The parts of Slack's manifest schema that "Create app from manifest" rejects when wrong.
const schema = z.object({
  display_information: z.object({
    name: z.string().min(1).max(35),
    description: z.string().max(140),
    long_description: z.string().min(175).max(4000),
    background_color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  }),
  features: z.object({
    bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean() }),
    slash_commands: z.array(
      z.object({
        command: z.string().regex(/^\/[a-z0-9-_]{1,31}$/),
        url: z.url(),
        description: z.string().min(1).max(2000),
        usage_hint: z.string().max(1000),
        should_escape: z.literal(true),
      }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.url(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.literal(true), request_url: z.url() }),
    socket_mode_enabled: z.boolean(),
  }),
});

describe('manifest.yml', () => {
  const parsed = schema.parse(manifest);

  it('declares exactly the commands the app handles, with mentions escaped', () => {
    const commands = parsed.features.slash_commands.map((command) => command.command).sort();
    expect(commands).toEqual(['/mentor', '/mentor-log', '/wrap-up']);
    for (const command of commands) {
      const file = { '/mentor': 'pairs/mentor-command', '/mentor-log': 'nurture/mentor-log-command', '/wrap-up': 'evaluate/wrap-up-command' }[command];
      expect(appSource(`${file}.ts`)).toContain(`onCommand(app, ctx, '${command}'`);
    }
  });

  it('asks for the least scopes: channel creation and messages, commands, file shares, direct messages for exports, pins, user lookups', () => {
    expect([...parsed.oauth_config.scopes.bot].sort()).toEqual([
      'chat:write',
      'commands',
      // a /mentor pair-many list may come as an uploaded CSV (files.info, url_private_download).
      'files:read',
      'files:write',
      'groups:write',
      // erase finds a fit alert whose ts never reached us by its metadata in the bot's DM (conversations.history).
      'im:history',
      'im:write',
      'pins:write',
      'users:read',
      // /mentor pair-many lists may name people by email (users.lookupByEmail); usergroups:read only with ADMIN_USERGROUP, not here.
      'users:read.email',
    ]);
  });

  it('sends commands, interactions and events to POST /slack/events', () => {
    const urls = [
      ...parsed.features.slash_commands.map((command) => command.url),
      parsed.settings.event_subscriptions.request_url,
      parsed.settings.interactivity.request_url,
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe('/slack/events');
  });

  it('subscribes to the events the app listens for', () => {
    expect(parsed.settings.event_subscriptions.bot_events.sort()).toEqual(['app_home_opened', 'app_uninstalled', 'tokens_revoked', 'user_change']);
    expect(appSource('pairs/member-events.ts')).toContain("app.event('user_change'");
    expect(appSource('admin/workspace-events.ts')).toContain("'app_uninstalled', 'tokens_revoked'");
    expect(appSource('pairs/app-home-event.ts')).toContain("app.event('app_home_opened'");
    // Both event files are wired into the app.
    expect(appSource('app.ts')).toContain('registerWorkspaceEvents(app, ctx)');
    expect(appSource('app.ts')).toContain('registerAppHome(app, ctx)');
  });

  it('enables the Home tab the app publishes, and keeps the messages tab read-only', () => {
    expect(manifest).toMatchObject({
      features: { app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: true } },
    });
    expect(appSource('pairs/app-home-event.ts')).toContain('views.publish');
  });
});

describe('manifest.socket.yml (Socket Mode, the first-try path)', () => {
  const socket = parse(readFileSync(new URL('../../manifest.socket.yml', import.meta.url), 'utf8')) as Record<string, unknown> & {
    settings: Record<string, unknown>;
  };
  const http = manifest as typeof socket;

  it('is manifest.yml with Socket Mode on and no request URL anywhere', () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toMatch(/url/i);
    // Everything else (commands, scopes, events, Home tab) is the same as the HTTP manifest's.
    const withoutUrls = JSON.parse(JSON.stringify(http, (key, value: unknown) => (key === 'url' || key === 'request_url' ? undefined : value))) as typeof socket;
    expect({ ...socket, settings: { ...socket.settings, socket_mode_enabled: false } }).toEqual(withoutUrls);
  });

  it('is exactly what README\'s "create app from manifest" link fills in', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const link = /\(https:\/\/api\.slack\.com\/apps\?new_app=1&manifest_yaml=([^)\s]+)\)/.exec(readme)?.[1];
    expect(link).toBeDefined();
    expect(parse(decodeURIComponent(link ?? ''))).toEqual(socket);
  });
});
