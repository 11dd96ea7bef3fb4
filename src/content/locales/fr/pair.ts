import type { PairTexts } from '../../sections/pair.js';

export const pairFr: PairTexts = {
  opened:
    'C’est fait ! {channel} est prêt pour {mentor} (mentor) et {mentee} (mentoré). Nous y avons publié un message de bienvenue pour bien démarrer.',
  topic: 'Mentorat : {mentor} (mentor) et {mentee} (mentoré) · tapez /mentor pour l’aide',
};
