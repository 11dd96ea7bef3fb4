import type { EraseTexts } from '../../sections/erase.js';

export const eraseFr: EraseTexts = {
  confirmTitle: 'Effacer cette relation close ?',
  confirmBody:
    '*Binôme {pair}* : {mentor} et {mentee}, ouvert le {opened}, clos le {closed}. {meetings} comptes rendus et {items} actions sont enregistrés.',
  confirmWarning:
    'L’effacement supprime définitivement chaque note, compte rendu, action, bilan, accord et rappel de ce binôme. Seule reste une ligne d’audit : qui a effacé le binôme {pair}, et quand. Les fichiers exportés par ses membres sont aussi supprimés de Slack ; les messages déjà publiés dans Slack restent soumis aux règles de conservation de votre espace de travail.',
  eraseButton: 'Effacer définitivement',
  cancelButton: 'Annuler',
  dialogTitle: 'Effacer le binôme {pair} ?',
  dialogText: 'C’est irréversible : les données du binôme sont supprimées, seule une ligne d’audit demeure.',
  dialogConfirm: 'Effacer',
  dialogDeny: 'Conserver',
  erased: 'Le binôme {pair} est effacé. Une ligne d’audit garde qui l’a effacé et quand.',
  erasedAlertMayRemain:
    'Le binôme {pair} est effacé, et une ligne d’audit garde qui l’a effacé et quand. Nous n’avons pas pu rechercher une alerte envoyée à un administrateur du programme : l’application a besoin de l’autorisation Slack `im:history`. Cette alerte peut rester dans les messages directs de cet administrateur avec l’application tant que la personne qui l’a installée ne l’a pas réinstallée depuis le manifeste actuel ; en attendant, l’administrateur peut la supprimer lui-même.',
  alreadyErased: 'Le binôme {pair} a déjà été effacé, par {user} le {date}.',
  alreadyErasedByRetention: 'Le binôme {pair} a déjà été effacé le {date}, automatiquement, au terme de la durée de conservation prévue après la clôture.',
  erasesOn: 'effacé le {date}',
  cancelled: 'Rien n’a été effacé.',
};
