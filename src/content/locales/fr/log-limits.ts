import type { LogLimitsTexts } from '../../sections/log-limits.js';

export const logLimitsFr: LogLimitsTexts = {
  tooManyItems:
    'Un compte rendu contient au plus {max} prochaines étapes. Gardez les {max} plus importantes, ou répartissez-les sur deux comptes rendus.',
  moreItems: '…et {count} de plus : `/mentor history`',
  savedNotPosted:
    'Votre compte rendu est enregistré, avec {count} actions, mais nous n’avons pas pu le publier dans le canal. Rien n’est perdu : cliquez sur le bouton pour le publier, plutôt que de saisir la réunion une deuxième fois.',
  moreInExport: '…et {count} de plus : `/mentor export` les contient toutes',
  postAgainButton: 'Le publier à nouveau',
  postedNow: 'C’est fait : votre compte rendu est maintenant dans le canal.',
  alreadyPosted: 'Ce compte rendu est déjà dans le canal.',
};
