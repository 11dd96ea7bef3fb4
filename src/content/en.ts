import type { Catalog } from './catalog.js';

/** English texts. Every sentence is our own; the facts come from the mentoring lifecycle reference. */
export const en: Catalog = {
  locale: 'en',

  stageNames: {
    prepare: 'Prepare',
    engage: 'Start the conversation',
    nurture: 'Nurture the relationship',
    evaluate: 'Evaluate and wrap up',
    closed: 'Closed',
  },

  help: {
    title: 'Mentor Coach: what I can do',
    intro:
      'I guide a mentor and a mentee through four stages (prepare, start the conversation, nurture, evaluate) in a private channel of their own. Unless noted, run these commands in your pair’s channel.',
    commands: {
      help: 'Show this list of commands.',
      pair: 'Programme admins only: open a private mentoring channel for a mentor and a mentee (mentor first).',
      status: 'See your current stage, the meetings so far and the open action items.',
      stageNext: 'Move on to the next stage when you’re both ready.',
      stageName: 'Jump straight to a stage: prepare, engage, nurture or evaluate.',
      log: 'Record a meeting in one go; every line starting with `next:` becomes an action item.',
      logForm: 'Open a form to record a meeting step by step.',
      wrapUp: 'Start closing the relationship: reflect, celebrate and decide what comes next.',
      wrapUpConfirm: 'Close the relationship for good and archive the channel.',
      pause: 'Pause the pair’s reminders (for a holiday, say).',
      resume: 'Turn the pair’s reminders back on.',
      jobs: 'For programme admins: the state of scheduled reminders and any that failed.',
    },
    footer: 'Questions about the programme? Your programme admin is happy to help.',
  },

  errors: {
    not_admin: 'Only programme admins can open a mentoring pair. Ask one of them to set it up for you.',
    mention_missing:
      'Please mention two people: the mentor first, then the mentee, for example `/mentor pair @mentor @mentee`.',
    mention_malformed:
      'That doesn’t look like a Slack mention. Type @ and pick each person from the suggestions list.',
    same_person: 'The mentor and the mentee need to be two different people.',
    bot_user: '{user} is an app, not a person, so they can’t take part in mentoring. Please pick a teammate instead.',
    user_not_found: 'I couldn’t find {user}, or their account has been deactivated. Check the name and try again.',
    pair_exists:
      'These two already share an active mentoring channel. Carry on there, or wrap it up before opening a new one.',
    not_pair_channel: 'This command only works in a mentoring pair’s private channel. Please run it there.',
    not_member: 'Only the mentor and the mentee of this pair can do that.',
    pair_closed: 'This mentoring relationship is closed, so nothing here can be changed any more.',
    unknown_command: 'Sorry, I didn’t recognise that command. Type `/mentor` to see everything I can do.',
    unknown_stage: 'I don’t know that stage. Use one of `next`, `prepare`, `engage`, `nurture` or `evaluate`.',
    already_in_stage: 'You’re already at the *{stage}* stage. Pick another one, or use `next` to move on.',
    use_wrap_up:
      'Evaluate is the final stage. When you’re ready to finish, run `/wrap-up confirm` to close the relationship.',
    log_empty:
      'Your notes are empty. Add some text after the command, or run `/mentor-log` on its own to open the form.',
    log_too_long: 'Those notes are too long: please keep them to {max} characters or fewer.',
    date_invalid: 'I couldn’t read that date. Please use the date picker or the YYYY-MM-DD format.',
    date_in_past: 'The next meeting date must be today or later.',
    channel_failed:
      'Slack wouldn’t let me create or set up the mentoring channel, so nothing was saved. Please try again in a moment, or contact your programme admin if it keeps happening.',
    stale_action: 'That button is out of date: the pair has already moved on. Check the latest messages in the channel.',
    already_paused: 'This pair’s reminders are already paused. Run `/mentor resume` to turn them back on.',
    not_paused: 'This pair’s reminders aren’t paused.',
  },

  generic: {
    failed: 'Something went wrong on my side. Please try again in a moment.',
    working: 'Setting up the mentoring channel…',
  },

  pair: {
    opened:
      'Done! {channel} is ready for {mentor} (mentor) and {mentee} (mentee). I’ve posted a welcome message there to get them started.',
    topic: 'Mentoring: {mentor} (mentor) & {mentee} (mentee) · type /mentor for help',
  },

  welcome: {
    title: 'Welcome to your mentoring space',
    body: 'Hi {mentor} and {mentee}! This private channel belongs to the two of you. I’ll walk alongside you through each stage of your mentoring relationship, with prompts, checklists and the odd friendly reminder.',
    stagesTitle: 'Your journey in four stages',
    stages: {
      prepare:
        '*Prepare*: the mentee sets one clear goal and a short plan, and you both take stock of what you bring and what you hope for.',
      engage: '*Start the conversation*: your first meeting, to get to know each other and agree on how you’ll work together.',
      nurture: '*Nurture*: meet regularly, work on concrete growth activities and log what you achieve.',
      evaluate: '*Evaluate*: look back on your progress, celebrate, and decide what happens next.',
    },
    commandsHint: 'Type `/mentor` at any time to see the commands, or `/mentor status` to check where you are.',
  },

  prepare: {
    title: 'Stage 1 · Prepare',
    intro: 'Good mentoring starts before the first meeting. A little groundwork now makes your time together go much further.',
    goalTitle: 'Mentee: set your goal',
    goalBody:
      'Write down one goal, as precisely as you can: a dream role, a career switch, or simply finding your way around the ecosystem. Then break it into a handful of steps. A few lines are plenty: they give you a starting point and give your mentor something concrete to work with. You’re in charge of your career; your mentor helps you steer.',
    examples: [
      {
        name: 'Adesh',
        goal: 'Land my first job working with Salesforce.',
        plan: [
          'Work out which role suits me best.',
          'List the skills that role calls for and spot where I fall short.',
          'Close those gaps, one at a time.',
          'Rewrite my CV around those skills, aimed at the role I picked.',
          'Map out how I’ll run my job search.',
        ],
      },
      {
        name: 'Carla',
        goal: 'Move from administrator to technical architect.',
        plan: [
          'Sharpen my coding skills.',
          'Persuade my manager to hand me a coding assignment.',
          'Deliver that assignment brilliantly.',
          'Ask to join the technical architecture team.',
        ],
      },
    ],
    inventoryTitle: 'Both of you: take stock',
    inventory: [
      'What are your main traits, and how do you prefer to work?',
      'Where are you strongest, and which areas would you like to develop?',
      'What are your professional goals for the next few months, and for the next few years?',
      'What do you expect from this mentoring relationship?',
      'Which ideas, knowledge and skills will you bring to it?',
      'How do you like to build trust and rapport with someone new?',
    ],
    nextHint:
      'Once the goal and plan are written and you’ve both reflected, run `/mentor stage next` to plan your first meeting.',
  },

  engage: {
    title: 'Stage 2 · Start the conversation',
    intro:
      'Your first meeting sets the tone for everything that follows. Spend time getting to know each other, then walk through the goal and plan and refine them together. Be candid about the parts that still feel shaky.',
    tipsTitle: 'For a relaxed first meeting',
    tips: [
      'Find a quiet, comfortable spot for the call, away from noise and distractions.',
      'Share a little about yourself: where you come from, what you do, what you enjoy.',
      'Come with an open mind and leave assumptions, common or personal, at the door.',
      'Prepare a few questions in advance; the icebreakers below are a good start.',
      'A few nerves are completely normal. The other person wants this to go well too.',
    ],
    icebreakersTitle: 'Icebreakers',
    icebreakers: [
      'How do you like to spend your free time?',
      'If you knew you couldn’t fail, what would you try?',
      'Walk me through your career path so far.',
      'What excites you most about your work?',
      'What made you want to join this mentoring programme?',
      'What are you passionate about outside of work?',
      'Who has had the biggest influence on your career?',
      'What’s the best piece of advice you’ve ever been given?',
      'What’s a skill you picked up recently, and how did you learn it?',
      'What does a great workday look like for you?',
      'Which challenge are you proudest of having overcome?',
      'Where would you like to be in five years’ time?',
    ],
    agreementTitle: 'Agree on how you’ll work together',
    agreement: [
      'Commitments: the overall duration of the relationship and how frequently you’ll meet.',
      'Ground rules: for example, turning up to every session on time and prepared.',
      'Confidentiality: your conversations and anything you share stay between the two of you.',
      'The mentor’s actions: the specific steps the mentor will take to help the mentee reach their development goals.',
      'Communication: open, honest and respectful, never defensive.',
    ],
    topicsTitle: 'Topics to discuss',
    topics: [
      'The goals in the mentee’s career plan, and what each of you hopes to get from this relationship.',
      'The outcomes you want to reach, building on that career plan.',
      'Career goals for the short, medium and long term.',
      'The ideas, resources and support that will help reach those goals.',
      'How you’ll raise and handle any concerns as the relationship evolves.',
    ],
    nextHint:
      'Capture your priorities, focus areas, measures of success and meeting expectations in your mentoring agreement, then run `/mentor stage next` to start nurturing the relationship.',
  },

  nurture: {
    title: 'Stage 3 · Nurture the relationship',
    intro:
      'The goals are set and you’ve agreed how to work together: now the real work begins. Meet regularly, keep the momentum going and put the plan into action.',
    activitiesTitle: 'Ideas to grow together',
    activities: [
      'Build a personal career plan together, with well-defined goals and the strategies to reach them.',
      'Go through the mentee’s CV and talk about how to present their transferable skills for the Salesforce ecosystem.',
      'Research companies the mentee is drawn to, and share what you learn about the roles and careers they offer.',
      'Run a mock interview and rehearse a short personal elevator pitch.',
    ],
    expectationsTitle: 'Keep expectations aligned',
    expectations:
      'It’s fine if your expectations don’t match at first: what matters is talking about it and adjusting together. Left unspoken, a mismatch soon turns into frustration and wasted time. Expectations also shift as the goal gets closer, so check in on them often to keep heading the same way.',
    logHint:
      'After each meeting, run `/mentor-log` to note what you achieved and the next steps. Open action items are carried into your next agenda.',
  },

  evaluate: {
    title: 'Stage 4 · Evaluate and wrap up',
    intro:
      'As your mentoring comes to an end, take time together to look back, measure how far you’ve come and decide what happens next.',
    checklistTitle: 'Before you close',
    checklist: [
      'Reflect on the relationship and what it taught each of you.',
      'Revisit your expectations and goals: which were met, and how fully?',
      'Decide together whether to keep the relationship going.',
      'Set the date of your last meeting, and remind each other ahead of time so you can both prepare.',
      'Celebrate your wins and think about the knowledge you can now pass on.',
      'Finish on a high: share what you enjoyed most, what will stay with you and the lessons that mattered.',
      'Mentee: thank your mentor, tell them how much their guidance meant, and ask whether you may keep them posted on your progress.',
    ],
    confirmHint:
      'When you’ve been through the list, run `/wrap-up confirm` to close the relationship and archive this channel.',
  },

  tips: {
    title: 'Getting the most from your mentoring',
    items: [
      '*Be honest.* Know which areas you need to develop and bring them to your meetings.',
      '*Do your homework.* Look up whatever you can find on your own, so your time together goes on what matters.',
      '*Ask the hard questions.* Earning potential or your mentor’s own setbacks are fair topics: just raise them with tact.',
      '*Say thank you.* Your mentor volunteers their own time; tell them when their advice makes a difference.',
      '*Follow through.* Do what you agreed (the book, the course, the CV update, the profile refresh) and come ready to learn more next time.',
    ],
  },

  stage: {
    changed: '{user} moved this pair from *{from}* to *{to}*.',
    done: 'Done: you’re now at the *{stage}* stage.',
  },

  log: {
    title: 'Meeting notes',
    byline: 'Logged by {user} on {date}',
    summary: 'Summary',
    achievements: 'Achievements',
    nextSteps: 'Next steps',
    nextMeeting: 'Next meeting',
    saved: 'Meeting saved. Action items added: {count}.',
    syntaxHint:
      'Tip: start a line with `next:` or `- [ ]` to turn it into an action item I’ll keep track of; end it with `by 2026-12-05` to get a reminder before it is due.',
    modal: {
      title: 'Log a meeting',
      submit: 'Save',
      cancel: 'Cancel',
      summaryLabel: 'What did you talk about?',
      summaryPlaceholder: 'Main topics, decisions, insights…',
      achievementsLabel: 'What was achieved since last time?',
      achievementsPlaceholder: 'Finished the CV, booked a mock interview…',
      nextStepsLabel: 'Next steps',
      nextStepsHint: 'One action per line; each one becomes an action item. End a line with “by 2026-12-05” to set a due date.',
      nextMeetingLabel: 'Next meeting date',
    },
    fieldErrors: {
      summaryRequired: 'Please add a short summary of the meeting.',
      tooLong: 'This is too long: {max} characters at most.',
      dateInPast: 'Pick today or a later date.',
      dateInvalid: 'That date isn’t valid.',
    },
  },

  status: {
    title: 'Stage {number} of 4 · {stage}',
    stage: 'Stage',
    meetings: 'Meetings held',
    openItems: 'Open action items',
    lastMeeting: 'Last meeting',
    never: 'None logged yet',
    none: 'Nothing open. Nice work!',
    more: '…and {count} more',
    openedOn: 'Pair opened on {date}',
  },

  nudges: {
    prepareStalled:
      'A week has gone by since you started. Has the mentee written down a goal and a short plan yet? A few lines are enough to make your first conversation count.',
    meetingOverdue:
      'It’s been a while since your last logged meeting (you planned to meet every {days} days). Time to find a slot? If you have met, a quick `/mentor-log` keeps your notes complete.',
    actionDue: 'Coming up: “{item}” is due on {due}.',
    actionOverdue: '“{item}” was due on {due}. Done already? Press *Done*. Need more time? Agree a new date at your next meeting.',
    expectationsCheckin:
      'Six weeks since your last check-in: are your expectations still aligned? Take five minutes at your next meeting to revisit what each of you hopes for.',
    endApproaching:
      'Your mentoring is planned to end on {end}, three weeks from now. Pick the date of your last meeting so you can both prepare for it.',
    endReminder: 'One week to go before {end}. Remind each other of your last meeting and think about what you want to celebrate.',
    noResponse:
      'We haven’t heard from you for a while, and that’s okay. What would you like to do: pause the reminders for now, keep going, or start wrapping up?',
    noResponseAdmins:
      'The pair in {channel} hasn’t responded to the last three reminders. They’ve been asked whether to pause, continue or wrap up; you may want to check in.',
    snoozeButton: 'Snooze a week',
    doneButton: 'Done',
    pauseButton: 'Pause reminders',
    continueButton: 'Keep going',
    closeButton: 'Start wrapping up',
    snoozed: 'Snoozed. I’ll remind you again around {date}.',
    dismissed: 'Got it, marked as done.',
    paused: '{user} paused the reminders for this pair. Run `/mentor resume` whenever you’re ready.',
    resumed: '{user} turned the reminders back on.',
    keptGoing: '{user} says you’re keeping going. Great!',
    answeredBy: 'Answered by {user}.',
  },
  jobs: {
    title: 'Scheduled reminders',
    counts: 'Waiting: *{pending}* · Failed: *{failed}*',
    none: 'No reminder has failed.',
  },
  wrapUp: {
    confirmPrompt:
      'Ready to wrap up? Go through the checklist together first. Once you confirm, the relationship is closed and this channel is archived.',
    confirmButton: 'Close the relationship',
    alreadyEvaluating:
      'You’re already wrapping up. When you’ve finished the checklist, run `/wrap-up confirm` or press the button in the channel.',
    closedBy: '{user} closed this mentoring relationship.',
    summaryTitle: 'Your mentoring journey',
    summaryBody: 'Days together: *{days}* · Meetings: *{meetings}* · Action items done: *{done}* of *{total}*',
    farewell:
      'Congratulations to you both, and thank you for the time and care you put into this. Stay in touch, and keep growing!',
    closed: 'The relationship is closed and the channel is being archived. Thank you!',
  },
};
