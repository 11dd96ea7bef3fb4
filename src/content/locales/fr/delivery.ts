import type { DeliveryTexts } from '../../sections/delivery.js';

export const deliveryFr: DeliveryTexts = {
  unavailable: 'Notre base de données ne répond pas pour le moment, rien n’a donc été fait. Réessayez d’ici une minute.',
  adminNotice: {
    is_archived:
      'Impossible de publier un rappel programmé dans {channel} : le canal est archivé. Les rappels de ce binôme sont arrêtés. Une fois le canal désarchivé, l’un ou l’autre membre peut y lancer `/mentor resume` pour les réactiver.',
    not_in_channel:
      'Impossible de publier un rappel programmé dans {channel} : le bot n’en est plus membre. Les rappels de ce binôme sont arrêtés. Réinvitez le bot dans le canal, puis l’un ou l’autre membre pourra y lancer `/mentor resume` pour les réactiver.',
    channel_not_found:
      'Impossible de publier un rappel programmé dans {channel} : Slack ne trouve plus ce canal. Les rappels de ce binôme sont arrêtés en attendant que quelqu’un s’en occupe.',
  },
  homeReason: {
    is_archived: 'canal archivé, rappels arrêtés',
    not_in_channel: 'bot retiré du canal, rappels arrêtés',
    channel_not_found: 'canal introuvable, rappels arrêtés',
  },
};
