import type { App } from '@slack/bolt';
import { fill } from '../../content/index.js';
import { checkMentorCommandSize, mentorCommandAudience, parseMentorCommand } from '../../domain/pairs/mentor-command.js';
import { changeStageChecked } from '../../services/prepare/engage-readiness.js';
import { meetFromCommand } from '../../services/nurture/set-meeting.js';
import { meetingSavedMessage } from '../nurture/first-weeks-messages.js';
import { confirmMoveOn } from '../prepare/confirm-move-on.js';
import { requireCommandAccess } from '../../services/admin/command-access.js';
import { goalFormInChannel } from '../../services/prepare/goal.js';
import { inventoryFormInChannel } from '../../services/prepare/inventory.js';
import type { ServiceContext } from '../../services/context.js';
import { jobsOverview } from '../../services/admin/jobs-overview.js';
import { pausePair, resumePair } from '../../services/scheduling/nudge-responses.js';
import { openPair } from '../../services/pairs/open-pair.js';
import { pairStatus } from '../../services/pairs/pair-status.js';
import { markItemDoneByNumber } from '../../services/nurture/action-items.js';
import { agendaForRequest } from '../../services/nurture/agenda.js';
import { agreementFormContext } from '../../services/engage/agreement.js';
import { previewErase } from '../../services/admin/erase.js';
import { exportRelationship } from '../../services/pairs/export.js';
import { meetingHistory } from '../../services/pairs/history.js';
import { agendaPreview } from '../nurture/agenda-message.js';
import { eraseConfirmation } from '../admin/erase-messages.js';
import { exportFile } from './export-file.js';
import { historyMessage } from './history-message.js';
import { helpMessage, jobsMessage, statusMessage, textMessage } from '../kit/replies.js';
import { safeText } from '../kit/safe-text.js';
import { onCommand } from '../listener.js';
import { parseMention } from '../mentions.js';
import { openGoalPlanModal } from '../prepare/goal-plan-modal.js';
import { openInventoryModal } from '../prepare/inventory-modal.js';
import { agreementModal } from '../engage/agreement-modal.js';
import { openPairManyForm, pairInCohortReply, reportReply } from '../programme/programme-command.js';

/** `/mentor …`: help, opening a pair, status and stage changes. */
export function registerMentorCommand(app: App, ctx: ServiceContext): void {
  onCommand(app, ctx, '/mentor', async ({ teamId, userId, command, client, catalog, reply: answer }) => {
    const c = await catalog();
    const who = { teamId, channelId: command.channel_id, userId };
    // The size, then who is asking, and only then the words: nobody else's text is parsed.
    const text = command.text ?? '';
    checkMentorCommandSize(text);
    await requireCommandAccess(ctx, who, mentorCommandAudience(text));
    const parsed = parseMentorCommand(text, parseMention);
    let reply;
    switch (parsed.kind) {
      case 'help':
        reply = helpMessage(c);
        break;
      case 'pair': {
        if (parsed.cohort !== undefined) {
          reply = await pairInCohortReply(ctx, c, { teamId: who.teamId, actorId: who.userId, ...parsed, cohort: parsed.cohort });
          break;
        }
        const pair = await openPair(ctx, { teamId: who.teamId, actorId: who.userId, ...parsed });
        reply = textMessage(
          fill(c.pair.opened, { channel: `<#${pair.channelId}>`, mentor: `<@${pair.mentorId}>`, mentee: `<@${pair.menteeId}>` }),
        );
        break;
      }
      case 'status':
        reply = statusMessage(c, await pairStatus(ctx, who));
        break;
      case 'goal':
        await openGoalPlanModal(client, c, command.trigger_id, await goalFormInChannel(ctx, who));
        return;
      case 'inventory':
        await openInventoryModal(client, c, command.trigger_id, await inventoryFormInChannel(ctx, who));
        return;
      case 'pause':
        await pausePair(ctx, who);
        reply = textMessage(fill(c.nudges.paused, { user: `<@${who.userId}>` }));
        break;
      case 'resume':
        await resumePair(ctx, who);
        reply = textMessage(fill(c.nudges.resumed, { user: `<@${who.userId}>` }));
        break;
      case 'jobs':
        reply = jobsMessage(c, await jobsOverview(ctx, who));
        break;
      case 'agreement': {
        const form = await agreementFormContext(ctx, who);
        // The form replaces any answer; trigger_id lives three seconds, so nothing slow comes first.
        await client.views.open({ trigger_id: command.trigger_id, view: agreementModal(c, who.channelId, form.current, form.today) });
        return;
      }
      case 'history':
        reply = historyMessage(c, await meetingHistory(ctx, who, parsed.page));
        break;
      case 'agenda': {
        const shown = await agendaForRequest(ctx, who);
        reply = agendaPreview(c, shown.pairId, shown.agenda);
        break;
      }
      case 'done': {
        const item = await markItemDoneByNumber(ctx, { ...who, number: parsed.number });
        reply = textMessage(fill(c.log.markedDone, { number: parsed.number, item: safeText(item.text) }));
        break;
      }
      case 'erase':
        reply = eraseConfirmation(c, await previewErase(ctx, { teamId: who.teamId, userId: who.userId, target: parsed.target }));
        break;
      case 'export':
        await exportRelationship(ctx, who, (record, zone) => exportFile(c, record, zone, parsed.format));
        reply = textMessage(c.export.done);
        break;
      case 'pairMany':
        await openPairManyForm(client, c, command.trigger_id);
        return;
      case 'report':
        reply = await reportReply(ctx, c, who, parsed.cohort);
        break;
      case 'stage': {
        // Leaving prepare under 4/4 asks for a confirmation first (issue 16).
        const checked = await changeStageChecked(ctx, { ...who, target: parsed.target });
        reply = checked.kind === 'confirm' ? confirmMoveOn(c, checked) : textMessage(fill(c.stage.done, { stage: c.stageNames[checked.change.to] }));
        break;
      }
      case 'meet':
        reply = meetingSavedMessage(c, await meetFromCommand(ctx, { ...who, words: parsed.words }));
        break;
    }
    await answer(reply);
  });
}
