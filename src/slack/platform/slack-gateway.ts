import type { webApi } from '@slack/bolt';
import { catalogFor, fill } from '../../content/index.js';
import type { Locale } from '../../domain/locale.js';
import type { HandleCandidate } from '../../domain/programme/handle-match.js';
import {
  type DirectPost,
  type PairMark,
  type PairMessage,
  type PairRef,
  SlackCallError,
  type SlackPort,
  type SlackUser,
  type DownloadedFile,
  type UploadedFile,
  type UserMessage,
} from '../../services/slack-port.js';
import type { ChannelPacer } from './channel-pacer.js';
import { renderPairMessage, renderUserMessage } from '../pairs/pair-messages.js';
import { slackCall } from './slack-call.js';
import type { UserDirectory } from './user-directory.js';
import type { AdminMessage } from '../../services/programme/admin-messages.js';
import { renderAdminMessage } from '../programme/admin-message-render.js';
import { LookupPacer } from './lookup-pacer.js';
import { userByEmail, usersByHandle } from './people-lookup.js';
import { UserGroups } from './user-groups.js';
import { downloadPrivateFile } from './file-download.js';
import { findMarkedMessages, pairMetadata } from './marked-messages.js';

const TOPIC_LIMIT = 250;
/** files.delete errors that mean the file is no longer there to delete. */
const FILE_GONE = new Set(['file_not_found', 'file_deleted']);

/** The services' way into Slack: Web API calls with our Block Kit rendering. */
export class SlackGateway implements SlackPort {
  constructor(
    private readonly client: webApi.WebClient,
    private readonly users: UserDirectory,
    /** Set for the scheduler, which may send bursts into one channel. */
    private readonly pacer?: ChannelPacer,
    /** Paces bulk lookups (a "pair many" list) within Slack's tiers and waits out their 429s. */
    private readonly lookups: LookupPacer = new LookupPacer(),
    /** A client without retries of its own, for the posts that must not be repeated blindly (the scheduler's). */
    private readonly onceClient: webApi.WebClient = client,
  ) {}

  lookupUser(userId: string, options?: { fresh?: boolean; bulk?: boolean }): Promise<SlackUser | undefined> {
    return this.users.lookup(userId, { fresh: options?.fresh === true, ...(options?.bulk === true ? { pacer: this.lookups } : {}) });
  }

  async createPrivateChannel(name: string): Promise<{ id: string; name: string }> {
    const answer = await slackCall('conversations.create', () =>
      this.client.conversations.create({ name, is_private: true }),
    );
    const id = answer.channel?.id;
    if (!id) throw new Error('conversations.create answered without a channel id');
    return { id, name: answer.channel?.name ?? name };
  }

  async invite(channelId: string, userIds: string[]): Promise<void> {
    await slackCall('conversations.invite', () =>
      this.client.conversations.invite({ channel: channelId, users: userIds.join(',') }),
    );
  }

  async setPairTopic(channelId: string, names: { mentor: string; mentee: string }, locale: Locale): Promise<void> {
    const topic = [...fill(catalogFor(locale).pair.topic, names)].slice(0, TOPIC_LIMIT).join('');
    await slackCall('conversations.setTopic', () => this.client.conversations.setTopic({ channel: channelId, topic }));
  }

  async postToPair(pair: PairRef, message: PairMessage): Promise<string> {
    const rendered = renderPairMessage(catalogFor(pair.locale), pair, message);
    await this.pacer?.turn(pair.channelId);
    const answer = await slackCall('chat.postMessage', () =>
      this.client.chat.postMessage({ channel: pair.channelId, text: rendered.text, blocks: rendered.blocks, unfurl_links: false }),
      pair.channelId,
    );
    return answer.ts ?? '';
  }

  async updatePairMessage(pair: PairRef, ts: string, message: PairMessage): Promise<void> {
    const rendered = renderPairMessage(catalogFor(pair.locale), pair, message);
    await slackCall('chat.update', () =>
      this.client.chat.update({ channel: pair.channelId, ts, text: rendered.text, blocks: rendered.blocks }),
    );
  }

  async pin(channelId: string, ts: string): Promise<void> {
    await slackCall('pins.add', () => this.client.pins.add({ channel: channelId, timestamp: ts }));
  }

  async notifyUser(userId: string, message: UserMessage, locale?: Locale): Promise<DirectPost> {
    const known = locale ?? (await this.users.lookup(userId).catch(() => undefined))?.locale;
    const rendered = renderUserMessage(catalogFor(known ?? 'en'), message);
    // Posting to a user id lands in the app's direct messages with that person.
    const answer = await slackCall('chat.postMessage', () =>
      this.client.chat.postMessage({ channel: userId, text: rendered.text, blocks: rendered.blocks, unfurl_links: false }),
      userId,
    );
    return { channelId: answer.channel ?? userId, ts: answer.ts ?? '' };
  }

  async notifyUserOnce(userId: string, message: UserMessage, locale: Locale, mark: PairMark): Promise<DirectPost> {
    const rendered = renderUserMessage(catalogFor(locale), message);
    const answer = await slackCall('chat.postMessage', () =>
      this.onceClient.chat.postMessage({ channel: userId, text: rendered.text, blocks: rendered.blocks, unfurl_links: false, metadata: pairMetadata(mark) }),
      userId,
    );
    return { channelId: answer.channel ?? userId, ts: answer.ts ?? '' };
  }

  findMarkedDirect(channelId: string, mark: PairMark): Promise<DirectPost[]> {
    return findMarkedMessages(this.client, channelId, mark);
  }

  async deleteDirect(where: DirectPost): Promise<'deleted' | 'gone'> {
    try {
      await slackCall('chat.delete', () => this.client.chat.delete({ channel: where.channelId, ts: where.ts }));
      return 'deleted';
    } catch (error) {
      // Deleted already (the recipient cannot delete the bot's message, but an earlier erase may have).
      if (error instanceof SlackCallError && error.slackError === 'message_not_found') return 'gone';
      throw error;
    }
  }

  /**
   * Slack's current upload flow: ask for an upload URL, POST the bytes there, then complete the
   * upload, which shares the file in the channel. The upload URL is whatever Slack (or a local
   * stand-in) answers, so SLACK_API_URL is honoured for every step.
   */
  async uploadFile(channelId: string, file: UploadedFile, remember?: (fileId: string) => Promise<void>): Promise<string> {
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
    const ticket = await slackCall('files.getUploadURLExternal', () =>
      this.client.files.getUploadURLExternal({ filename: file.filename, length: bytes.byteLength }),
    );
    if (!ticket.upload_url || !ticket.file_id) throw new Error('files.getUploadURLExternal answered without an upload URL');
    const fileId = ticket.file_id;
    await remember?.(fileId);
    const upload = await fetch(ticket.upload_url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: bytes,
      signal: AbortSignal.timeout(30_000),
    });
    if (!upload.ok) throw new SlackCallError('files.upload', `http_${upload.status}`);
    await slackCall('files.completeUploadExternal', () =>
      this.client.files.completeUploadExternal({
        files: [{ id: fileId, title: file.title }],
        channel_id: channelId,
        ...(file.initialComment === undefined ? {} : { initial_comment: file.initialComment }),
      }),
    );
    return fileId;
  }

  async openDirectMessage(userId: string): Promise<string> {
    const answer = await slackCall('conversations.open', () => this.client.conversations.open({ users: userId }));
    const id = answer.channel?.id;
    if (!id) throw new Error('conversations.open answered without a channel id');
    return id;
  }

  async deleteFile(fileId: string): Promise<'deleted' | 'gone'> {
    try {
      await slackCall('files.delete', () => this.client.files.delete({ file: fileId }));
      return 'deleted';
    } catch (error) {
      // Deleted by someone else already, or an upload that was never completed.
      if (error instanceof SlackCallError && FILE_GONE.has(error.slackError)) return 'gone';
      throw error;
    }
  }

  async archive(channelId: string): Promise<void> {
    await slackCall('conversations.archive', () => this.client.conversations.archive({ channel: channelId }));
  }

  // Running a programme (issue 17).
  private groups: UserGroups | undefined;

  async lookupUserByEmail(email: string): Promise<SlackUser | undefined> {
    const raw = await userByEmail(this.client, this.lookups, email);
    return raw === undefined ? undefined : this.users.fromAnswer(raw);
  }

  findUsersByHandle(handles: readonly string[]): Promise<Map<string, HandleCandidate[]>> {
    return usersByHandle(this.client, this.lookups, handles);
  }

  userGroupMembers(handle: string, options?: { fresh?: boolean }): Promise<readonly string[] | undefined> {
    this.groups ??= new UserGroups(this.client);
    return this.groups.members(handle, options);
  }

  async postDirect(userId: string, message: AdminMessage, locale: Locale): Promise<{ channelId: string; ts: string }> {
    const rendered = renderAdminMessage(catalogFor(locale), message);
    const answer = await slackCall('chat.postMessage', () =>
      this.client.chat.postMessage({ channel: userId, text: rendered.text, blocks: rendered.blocks, unfurl_links: false }),
      userId,
    );
    return { channelId: answer.channel ?? userId, ts: answer.ts ?? '' };
  }

  async updateDirect(where: { channelId: string; ts: string }, message: AdminMessage, locale: Locale): Promise<void> {
    const rendered = renderAdminMessage(catalogFor(locale), message);
    await slackCall('chat.update', () => this.client.chat.update({ channel: where.channelId, ts: where.ts, text: rendered.text, blocks: rendered.blocks }));
  }

  downloadFile(fileId: string, maxBytes: number): Promise<DownloadedFile> {
    return downloadPrivateFile(this.client, fileId, maxBytes);
  }
}
