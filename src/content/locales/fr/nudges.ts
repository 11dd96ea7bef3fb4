import type { NudgesTexts } from '../../sections/nudges.js';

export const nudgesFr: NudgesTexts = {
  prepareStalled:
    'Une semaine déjà depuis votre lancement. Le mentoré a-t-il noté son objectif et un court plan ? Quelques lignes suffisent pour que votre première conversation porte ses fruits.',
  meetingOverdue:
    'Votre dernière rencontre notée remonte à un moment (vous aviez prévu de vous voir tous les {days} jours). Et si vous trouviez un créneau ? Si vous vous êtes déjà vus, un petit `/mentor-log` garde vos notes à jour.',
  actionDue: 'Bientôt : « {item} » est prévu pour le {due}.',
  actionOverdue:
    '« {item} » était prévu pour le {due}. Déjà fait ? Appuyez sur *Fait*. Besoin de plus de temps ? Fixez une nouvelle date lors de votre prochaine rencontre.',
  expectationsCheckin:
    'Six semaines depuis votre dernier point : vos attentes sont-elles toujours alignées ? Prenez cinq minutes à la prochaine rencontre pour en reparler.',
  endApproaching:
    'Votre mentorat doit se terminer le {end}, dans trois semaines. Choisissez dès maintenant la date de votre dernière rencontre pour bien la préparer.',
  endReminder:
    'Plus qu’une semaine avant le {end}. Rappelez-vous mutuellement votre dernière rencontre et pensez à ce que vous voulez célébrer.',
  lastMeetingWeek:
    'Votre dernière rencontre a lieu dans une semaine : {date}. Pensez à ce que vous avez appris, à ce que vous voulez célébrer, et écrivez votre bilan si ce n’est pas encore fait.',
  lastMeetingDay: 'Votre dernière rencontre approche : {date}. Apportez vos meilleurs moments, vos remerciements et vos idées pour la suite.',
  noResponse:
    'Nous n’avons pas de nouvelles depuis un moment, et ce n’est pas grave. Que souhaitez-vous faire : mettre les rappels en pause, continuer, ou commencer à conclure ?',
  noResponseAdmins:
    'Le binôme de {channel} n’a pas réagi aux trois derniers rappels. Nous lui avons demandé s’il souhaite faire une pause, continuer ou conclure ; un petit mot de votre part pourrait aider.',
  snoozeButton: 'Rappeler dans une semaine',
  doneButton: 'Fait',
  pauseButton: 'Mettre en pause',
  continueButton: 'Continuer',
  closeButton: 'Commencer à conclure',
  snoozed: 'C’est noté. Nous vous le rappellerons vers le {date}.',
  dismissed: 'C’est noté, marqué comme fait.',
  paused: '{user} a mis les rappels de ce binôme en pause. Lancez `/mentor resume` quand vous serez prêts.',
  resumed: '{user} a réactivé les rappels.',
  keptGoing: '{user} indique que vous continuez. Bravo !',
  answeredBy: 'Réponse de {user}.',
};
