import type { DeliveryTexts } from '../../sections/delivery.js';

export const deliveryEn: DeliveryTexts = {
  unavailable: 'We can’t reach our database right now, so nothing was done. Please try again in a minute.',
  adminNotice: {
    is_archived:
      'We could not post a scheduled reminder in {channel}: the channel is archived. We have stopped this pair’s reminders. Once the channel is unarchived, either member can run `/mentor resume` there to turn them back on.',
    not_in_channel:
      'We could not post a scheduled reminder in {channel}: the bot is no longer a member of it. We have stopped this pair’s reminders. Invite the bot back to the channel, then either member can run `/mentor resume` there to turn them back on.',
    channel_not_found:
      'We could not post a scheduled reminder in {channel}: Slack no longer finds that channel. We have stopped this pair’s reminders until someone looks into it.',
  },
  homeReason: {
    is_archived: 'channel archived, reminders stopped',
    not_in_channel: 'bot removed from the channel, reminders stopped',
    channel_not_found: 'channel not found, reminders stopped',
  },
};
