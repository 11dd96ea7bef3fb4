import type { HelpTexts } from '../../sections/help.js';

export const helpEn: HelpTexts = {
  title: 'Mentor Coach: what we can do',
  intro:
    'We guide a mentor and a mentee through four stages (prepare, start the conversation, nurture, evaluate) in a private channel of their own. Unless noted, run these commands in your pair’s channel.',
  commands: {
    help: 'Show this list of commands.',
    pair: 'Programme admins only: open a private mentoring channel for a mentor and a mentee (mentor first).',
    status: 'See your current stage, the meetings so far and the open action items.',
    goal: 'Write or edit the mentee’s goal and plan (either of you can), then tick steps off in the channel.',
    inventory: 'Fill in or edit your own self-inventory: strengths, areas to develop, goals and expectations.',
    stageNext: 'Move on to the next stage when you’re both ready.',
    stageName: 'Jump straight to a stage: prepare, engage, nurture or evaluate.',
    log: 'Record a meeting in one go; every line starting with `next:` becomes an action item.',
    logForm: 'Open a form to record a meeting step by step.',
    wrapUp: 'Start closing the relationship: reflect, celebrate and decide what comes next.',
    wrapUpReflect: 'Write or edit your own reflection while wrapping up: what you learned, how far the goal was met, your highlight and thanks.',
    wrapUpConfirm: 'Post your celebration summary and choose what comes next (reminds the other member first if their reflection is missing).',
    pause: 'Pause the pair’s reminders (for a holiday, say).',
    resume: 'Turn the pair’s reminders back on.',
    jobs: 'For programme admins: the state of scheduled reminders and any that failed.',
    agreement: 'Fill in or edit your mentoring agreement: priorities, focus areas, success measures, meetings and dates.',
    history: 'Look back over your meeting logs, five at a time, newest first (add a page number to jump back).',
    done: 'Mark action item number n done (numbers are shown on each meeting record).',
    export: 'Get the whole relationship (pair, goal and plan, agreement, every log and action item) as a Markdown file (`export json`: JSON), sent to you alone in a direct message, with your own private notes.',
    agenda: 'Shows the agenda for your next meeting, with a button to post it to the channel.',
    erase: 'Programme admins only: erase a closed pair’s records for good (asks for confirmation; an audit line stays).',
  },
  footer: 'Questions about the programme? Your programme admin is happy to help.',
};
