import type { StatusTexts } from '../../sections/status.js';

export const statusFr: StatusTexts = {
  title: 'Étape {number} sur 4 · {stage}',
  meetings: 'Rencontres tenues',
  openItems: 'Actions en cours',
  lastMeeting: 'Dernière rencontre',
  never: 'Aucune pour l’instant',
  none: 'Rien en attente. Bravo !',
  more: '…et {count} de plus',
  openedOn: 'Binôme ouvert le {date}',
  guessedMeeting: '{date} (aucune date fixée : deux semaines après votre dernière rencontre)',
};
