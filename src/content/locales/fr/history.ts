import type { HistoryTexts } from '../../sections/history.js';

export const historyFr: HistoryTexts = {
  title: 'Historique des rencontres, page {page}',
  byline: '*{date}* · {user}',
  achievements: 'Réussites',
  actionItems: 'Actions',
  privateNote: 'Votre note privée',
  owners: { mentor: 'mentor', mentee: 'mentoré', both: 'vous deux' },
  due: 'pour le {date}',
  done: 'faite',
  open: 'à faire',
  older: 'Plus anciens',
  newer: 'Plus récents',
  empty: 'Aucune rencontre n’est encore notée. Après votre prochaine rencontre, lancez `/mentor-log` pour la noter.',
  noOlder: 'Il n’y a pas de comptes rendus plus anciens : la page {page} remonte avant votre première rencontre. Essayez `/mentor history` pour les plus récents.',
};
