import type { DeliveryTexts } from '../../sections/delivery.js';

export const deliveryEn: DeliveryTexts = {
  unavailable: 'I can’t reach my database right now, so nothing was done. Please try again in a minute.',
  adminNotice: {
    is_archived:
      'I could not post a scheduled reminder in {channel}: the channel is archived. I have stopped this pair’s reminders. Once the channel is unarchived, either member can run `/mentor resume` there to turn them back on.',
    not_in_channel:
      'I could not post a scheduled reminder in {channel}: I am no longer a member of it. I have stopped this pair’s reminders. Invite me back to the channel, then either member can run `/mentor resume` there to turn them back on.',
    channel_not_found:
      'I could not post a scheduled reminder in {channel}: Slack no longer finds that channel. I have stopped this pair’s reminders until someone looks into it.',
  },
  homeReason: {
    is_archived: 'channel archived, reminders stopped',
    not_in_channel: 'bot removed from the channel, reminders stopped',
    channel_not_found: 'channel not found, reminders stopped',
  },
};
