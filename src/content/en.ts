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
      goal: 'Write or edit the mentee’s goal and plan (either of you can), then tick steps off in the channel.',
      inventory: 'Fill in or edit your own self-inventory: strengths, areas to develop, goals and expectations.',
      stageNext: 'Move on to the next stage when you’re both ready.',
      stageName: 'Jump straight to a stage: prepare, engage, nurture or evaluate.',
      log: 'Record a meeting in one go; every line starting with `next:` becomes an action item.',
      logForm: 'Open a form to record a meeting step by step.',
      wrapUp: 'Start closing the relationship: reflect, celebrate and decide what comes next.',
      wrapUpConfirm: 'Close the relationship for good and archive the channel.',
      pause: 'Pause the pair’s reminders (for a holiday, say).',
      resume: 'Turn the pair’s reminders back on.',
      jobs: 'For programme admins: the state of scheduled reminders and any that failed.',
      agreement: 'Fill in or edit your mentoring agreement: priorities, focus areas, success measures, meetings and dates.',
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
        'The mentee sets one clear goal and a short plan, and you both take stock of what you bring and what you hope for.',
      engage: 'Your first meeting, to get to know each other and agree on how you’ll work together.',
      nurture: 'Meet regularly, work on concrete growth activities and log what you achieve.',
      evaluate: 'Look back on your progress, celebrate, and decide what happens next.',
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
      'What did you dream of becoming when you were a child?',
      'Which part of your job would you gladly do even if nobody paid you?',
      'Which turning point shaped your career the most?',
      'What do you hope to take away from these months of mentoring?',
      'If success were guaranteed, which big project would you start tomorrow?',
      'What do people often find surprising about you once they know you?',
      'Which book, podcast or talk changed the way you work?',
      'What did your first job teach you that you still rely on today?',
      'What would you like to be able to do in six months that you can’t do yet?',
      'Which fear would you let go of first if failing were simply not possible?',
      'Where do you go, or what do you do, to recharge your batteries?',
      'Which subject could you talk about for hours without any notes?',
    ],
    agreementTitle: 'Agree on how you’ll work together',
    agreement: [
      'Commitments: the relationship’s duration and how frequently you meet.',
      'Ground rules: on time and prepared for every session.',
      'Confidentiality: what you share stays between the two of you.',
      'Mentor’s actions: concrete steps to help the mentee reach their goals.',
      'Communication: open, honest and respectful, never defensive.',
    ],
    topicsTitle: 'Topics to discuss',
    topics: [
      'The mentee’s career plan, and what each of you expects from mentoring.',
      'The outcomes you want to reach, building on that career plan.',
      'Career goals for the short, medium and long term.',
      'The ideas, resources and support that will help reach those goals.',
      'How you’ll raise and handle concerns as the relationship evolves.',
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

  conversation: {
    icebreakersHint: 'Pick one and take turns answering. There are no wrong answers.',
    moreButton: 'Three more questions',
    lastIcebreakers: 'That’s the last of my icebreakers. From here on, your own questions will carry the conversation.',
    noMoreIcebreakers:
      'You’ve now seen every icebreaker I have, and I won’t repeat one. Your own questions are often the best ones!',
    checklistsIntro:
      'Tick an item once you’ve talked it through and agree on it. You both see the same lists, and I keep them saved.',
    agreementProgress: '{done}/{total} agreed',
    topicsProgress: '{done}/{total} discussed',
    lastChange: 'Last change by {user}, {date}',
    suggestNurture:
      'Your working agreement is complete and your first meeting is logged: well done! Whenever you’re both ready, move on to *{stage}*.',
    suggestNurtureButton: 'Move to Nurture',
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
  goalPlan: {
    title: 'Goal and plan',
    goal: 'Goal',
    plan: 'Plan',
    stepsDone: '{done} of {total} steps done',
    byline: 'Last edited by {user} on {date}',
    doneBy: 'done by {user}',
    doneButton: 'Mark done',
    undoButton: 'Undo',
    editButton: 'Edit the goal and plan',
    modal: {
      title: 'Goal and plan',
      submit: 'Save',
      cancel: 'Cancel',
      intro:
        'This is the mentee’s goal, in the mentee’s own words. The mentor is welcome to help put it into writing, and either of you can come back and edit it later.',
      goalLabel: 'What is your goal?',
      goalPlaceholder: 'One goal, as precise as you can make it',
      planLabel: 'Your plan, step by step',
      planPlaceholder: 'One concrete step per line',
      planHint:
        'Write between {min} and {max} steps, one per line, in the order you’ll take them. You can tick each one off in the channel once it’s done.',
      examplesTitle: 'Need inspiration? Two goals and their plans',
    },
    fieldErrors: {
      goalRequired: 'Please write down your goal.',
      goalTooLong: 'Keep the goal short: {max} characters at most.',
      tooFewSteps: 'A plan needs at least {min} steps, one per line.',
      tooManySteps: 'Keep the plan to {max} steps at most: merge or drop a few.',
      stepTooLong: 'Step {number} is too long: {max} characters at most per step.',
    },
  },

  selfInventory: {
    fields: {
      strengths: 'My strengths',
      developmentAreas: 'Areas I want to develop',
      shortTermGoals: 'My goals for the coming months',
      longTermGoals: 'My goals for the coming years',
      expectations: 'What I expect from this relationship',
      contribution: 'What I bring: ideas, knowledge, skills',
      rapport: 'How I like to build rapport',
    },
    placeholders: {
      strengths: 'What you do well, and how you like to work',
      developmentAreas: 'Be candid: this is what your meetings will work on',
      shortTermGoals: 'Where you want to be a few months from now',
      longTermGoals: 'Where you want to be a few years from now',
      expectations: 'What a good outcome of this mentoring looks like to you',
      contribution: 'Experience, contacts and skills you can share',
      rapport: 'A coffee chat, sharing stories, getting straight down to work…',
    },
    modal: {
      title: 'My self-inventory',
      submit: 'Save',
      cancel: 'Cancel',
      intro:
        'Take stock before you meet. Your answers are kept for your pair, a short summary goes to your channel, and you can edit them at any time.',
    },
    shared: '{user} shared their self-inventory.',
    updated: '{user} updated their self-inventory.',
    hint: 'Each of you fills in your own, with `/mentor inventory` or the button on the preparation post.',
    fieldErrors: {
      required: 'Please answer this one: it shapes your first meeting.',
      tooLong: 'This is too long: {max} characters at most.',
    },
  },

  prepChecklist: {
    title: 'Preparation checklist',
    progress: '{done}/{total} ready',
    items: {
      goal: 'The mentee’s goal',
      plan: 'A plan of concrete steps',
      mentorInventory: 'The mentor’s self-inventory',
      menteeInventory: 'The mentee’s self-inventory',
    },
    goalButton: 'Write the goal and plan',
    inventoryButton: 'Fill in my self-inventory',
    suggestion:
      'Well done, {mentor} and {mentee}: the goal, the plan and both self-inventories are ready. You’re all set for a first meeting, so pick a date and move on to the next stage.',
    suggestionButton: 'Start the conversation',
    statusLabel: 'Preparation',
  },

  jobs: {
    title: 'Scheduled reminders',
    counts: 'Waiting: *{pending}* · Failed: *{failed}*',
    none: 'No reminder has failed.',
  },
  home: {
    title: 'Your mentoring',
    intro: 'Where each of your mentoring relationships stands. The conversations themselves happen in each pair’s private channel.',
    empty:
      'You’re not in a mentoring pair yet. Once a programme admin pairs you with someone, your private channel and your progress together will show up here.',
    yourMentor: 'Your mentor: {user}',
    yourMentee: 'Your mentee: {user}',
    nextMeeting: 'Next meeting:',
    noNextMeeting: 'not set yet (add the date when you log a meeting)',
    openItems: 'Open action items:',
    noOpenItems: 'none, nice work!',
    workingAgreement: 'Working agreement:',
    mentoringAgreement: 'Mentoring agreement:',
    signed: 'signed and pinned in your channel',
    notSigned: 'not signed yet',
    paused: 'Reminders are paused for this pair; `/mentor resume` in the channel turns them back on.',
    fillAgreementButton: 'Fill in the agreement',
    logMeetingButton: 'Log a meeting',
    morePairs: '…and {count} more pairs, each in its own channel.',
    footer: 'This page is refreshed each time you open it.',
    noticeTitle: 'Mentor Coach',
    noticeClose: 'Close',
    admin: {
      title: 'Programme overview',
      intro:
        'Every active pair and how long since it last logged a meeting. A pair needs attention when nothing has been logged for more than twice its meeting rhythm: a friendly word from you can get it going again.',
      none: 'No active pairs yet. Open one with `/mentor pair @mentor @mentee`.',
      stageCount: '{stage}: *{count}*',
      attentionCount: 'Needing attention: *{count}*',
      members: '{mentor} mentoring {mentee}',
      lastLog: 'last meeting logged {days} ago',
      lastLogToday: 'last meeting logged today',
      noLog: 'no meeting logged yet, opened {days} ago',
      noLogToday: 'no meeting logged yet, opened today',
      dayOne: '1 day',
      days: '{count} days',
      needsAttention: ':warning: *needs attention*',
      paused: 'reminders paused',
      more: '…and {count} more pairs not shown here. The list starts with those that need attention.',
    },
  },
  agreement: {
    title: 'Mentoring agreement',
    prioritiesLabel: 'Our priorities',
    prioritiesPlaceholder: 'What matters most to us in this relationship?',
    focusAreasLabel: 'Focus areas',
    focusAreasPlaceholder: 'The skills, topics or goals we will work on',
    successMeasuresLabel: 'How we will measure success',
    successMeasuresPlaceholder: 'What will tell us, at the end, that it worked?',
    frequencyLabel: 'How often we meet',
    frequencies: { weekly: 'Every week', biweekly: 'Every two weeks', monthly: 'Every month' },
    minutesLabel: 'How long each meeting lasts',
    minutes: '{minutes} minutes',
    startLabel: 'Start date',
    endLabel: 'Planned end date',
    endHint: 'Six months is a good length for most pairs. I’ll remind you as the end approaches.',
    preferredDayLabel: 'Preferred day',
    weekdays: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday' },
    preferredTimeLabel: 'Preferred time',
    meetingsLabel: 'Our meetings',
    period: 'From {start} to {end}',
    updatedBy: 'Last updated by {user}. Revisit it whenever your expectations change.',
    editButton: 'Edit the agreement',
    submit: 'Save',
    cancel: 'Cancel',
    saved: 'Agreement saved and pinned in the channel.',
    fieldErrors: {
      required: 'Please fill this in.',
      tooLong: 'Please keep this under {max} characters.',
      invalidChoice: 'Please pick one of the options.',
      dateInvalid: 'That doesn’t look like a date.',
      startInPast: 'The start date can’t be in the past.',
      endBeforeStart: 'The end date must come after the start date.',
      endInPast: 'The end date can’t be in the past.',
    },
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
