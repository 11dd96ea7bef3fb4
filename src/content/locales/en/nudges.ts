import type { NudgesTexts } from '../../sections/nudges.js';

export const nudgesEn: NudgesTexts = {
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
  lastMeetingWeek: 'Your last meeting is a week away: {date}. Think about what you learned, what you want to celebrate, and write your reflection if you haven’t yet.',
  lastMeetingDay: 'Your last meeting is coming up: {date}. Bring your highlights, your thanks, and your thoughts on what comes next.',
  noResponse:
    'We haven’t heard from you for a while, and that’s okay. What would you like to do: pause the reminders for now, keep going, or start wrapping up?',
  noResponseAdmins:
    'The pair in {channel} hasn’t responded to the last three reminders. They’ve been asked whether to pause, continue or wrap up; you may want to check in.',
  snoozeButton: 'Snooze a week',
  doneButton: 'Done',
  pauseButton: 'Pause reminders',
  continueButton: 'Keep going',
  closeButton: 'Start wrapping up',
  snoozed: 'Snoozed. We’ll remind you again around {date}.',
  dismissed: 'Got it, marked as done.',
  paused: '{user} paused the reminders for this pair. Run `/mentor resume` whenever you’re ready.',
  resumed: '{user} turned the reminders back on.',
  keptGoing: '{user} says you’re keeping going. Great!',
  answeredBy: 'Answered by {user}.',
};
