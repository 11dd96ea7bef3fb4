import type { WrapUpTexts } from '../../sections/wrap-up.js';

export const wrapUpFr: WrapUpTexts = {
  confirmPrompt:
    'Prêts à conclure ? Parcourez d’abord la liste ensemble. Une fois la clôture confirmée, la relation sera terminée et ce canal archivé.',
  confirmButton: 'Célébrer et décider',
  alreadyEvaluating:
    'La conclusion est déjà en cours. Choisissez ci-dessous le jour de votre dernière rencontre, écrivez votre bilan avec `/wrap-up reflect`, puis lancez `/wrap-up confirm`.',
  closedBy: '{user} a clôturé cette relation de mentorat.',
  summaryTitle: 'Votre parcours de mentorat',
  summaryBody: 'Jours ensemble : *{days}* · Rencontres : *{meetings}* · Actions terminées : *{done}* sur *{total}*',
  farewell:
    'Félicitations à vous deux, et merci pour le temps et l’attention que vous y avez consacrés. Restez en contact, et continuez à grandir !',
  closed: 'La relation est clôturée et le canal va être archivé. Merci !',
};
