import type { ErrorsTexts } from '../../sections/errors.js';

export const errorsFr: ErrorsTexts = {
  not_admin:
    'Seuls les responsables du programme peuvent faire cela. Demandez à l’un d’eux si nécessaire.',
  mention_missing:
    'Mentionnez deux personnes : d’abord le mentor, puis le mentoré, par exemple `/mentor pair @mentor @mentoré`.',
  mention_malformed:
    'Ceci ne ressemble pas à une mention Slack. Tapez @ puis choisissez chaque personne dans la liste proposée.',
  same_person: 'Le mentor et le mentoré doivent être deux personnes différentes.',
  bot_user:
    '{user} est une application, pas une personne : impossible de l’inclure dans un mentorat. Choisissez plutôt un collègue.',
  user_not_found: 'Nous ne trouvons pas {user}, ou son compte a été désactivé. Vérifiez le nom et réessayez.',
  pair_exists:
    'Ces deux personnes partagent déjà un canal de mentorat actif. Poursuivez-y la relation, ou clôturez-la avant d’en ouvrir un nouveau.',
  not_pair_channel:
    'Cette commande ne fonctionne que dans le canal privé d’un binôme de mentorat. Lancez-la depuis ce canal.',
  not_member: 'Seuls le mentor et le mentoré de ce binôme peuvent faire cela.',
  pair_closed: 'Cette relation de mentorat est clôturée : plus rien ne peut y être modifié.',
  unknown_command: 'Désolés, nous ne reconnaissons pas cette commande. Tapez `/mentor` pour voir tout ce que nous savons faire.',
  unknown_stage:
    'Nous ne connaissons pas cette étape. Utilisez l’une de celles-ci : `suivante`, `préparer`, `lancer`, `faire-vivre` ou `évaluer`.',
  already_in_stage: 'Vous êtes déjà à l’étape *{stage}*. Choisissez-en une autre, ou utilisez `suivante` pour avancer.',
  use_wrap_up:
    'L’évaluation est la dernière étape. Quand vous êtes prêts à conclure, lancez `/wrap-up confirm` pour clôturer la relation.',
  log_empty:
    'Vos notes sont vides. Ajoutez du texte après la commande, ou lancez `/mentor-log` seul pour ouvrir le formulaire.',
  log_too_long: 'Ces notes sont trop longues : {max} caractères au maximum.',
  log_too_many_items: 'Un compte rendu contient au plus {max} prochaines étapes, et ces notes en comptent {count}. Rien n’a été enregistré : gardez les {max} plus importantes, ou répartissez-les sur deux comptes rendus.',
  date_invalid: 'Nous n’arrivons pas à lire cette date. Utilisez le sélecteur de date ou le format AAAA-MM-JJ.',
  date_in_past: 'La date de la prochaine rencontre doit être aujourd’hui ou plus tard.',
  channel_failed:
    'Slack a refusé de créer ou de configurer le canal de mentorat ; rien n’a été enregistré. Réessayez dans un instant, ou contactez votre responsable de programme si le problème persiste.',
  stale_action:
    'Ce bouton n’est plus à jour : le binôme est déjà passé à la suite. Consultez les derniers messages du canal.',
  already_paused: 'Les rappels de ce binôme sont déjà en pause. Lancez `/mentor resume` pour les réactiver.',
  not_paused: 'Les rappels de ce binôme ne sont pas en pause.',
  page_invalid: 'La page {page} n’existe pas : indiquez un nombre entier à partir de 1, par exemple `/mentor history 2`.',
  owner_not_member:
    '{user} ne fait pas partie de ce binôme et ne peut donc pas porter une de ses actions. Mentionnez le mentor, le mentoré ou les deux.',
  log_not_author: 'Seule la personne qui a rédigé ce compte rendu peut le modifier ou le supprimer.',
  log_edit_expired: 'Un compte rendu peut être modifié ou supprimé pendant 7 jours après sa rédaction, et celui-ci est plus ancien.',
  erase_target_invalid: 'Désignez le binôme clos à effacer par son numéro, tel que l’onglet Accueil des responsables l’affiche : `/mentor erase 12`.',
  pair_unknown: 'Aucun binôme ne porte ce numéro dans cet espace de travail.',
  pair_not_closed: 'Seule une relation close peut être effacée. Celle-ci est encore active : ses membres doivent d’abord la conclure avec `/wrap-up`.',
  pair_erased: 'Ce binôme a déjà été effacé.',
  not_wrapping_up: 'Ce binôme n’est pas en train de conclure. Lancez `/wrap-up` dans votre canal pour commencer.',
  wrap_up_not_ready: 'Il faut d’abord le bilan de parcours : lancez `/wrap-up confirm` une fois vos deux bilans écrits.',
  already_decided: 'La décision a déjà été prise. Regardez le canal pour voir ce qui a été choisi.',
  command_too_long: 'C’est plus long que toute commande `/mentor` : {max} caractères au maximum.',
  cohort_invalid: 'Un nom de promotion tient en {max} caractères au plus, sur une ligne, sans guillemets ni `<` `>`.',
  cohort_unknown: 'Nous ne connaissons aucune promotion nommée « {cohort} ». `/mentor report` sans nom couvre tous les binômes.',
  pair_list_empty: 'La liste est vide : collez un binôme par ligne (`@mentor @mentoré promotion`) ou un CSV avec mentor, mentoré et promotion.',
  pair_list_header_unreadable:
    'La première ligne de votre CSV ressemble à un en-tête, mais nous n’y trouvons pas quelle colonne tient le mentor et laquelle le mentoré. Nommez-les `mentor` et `mentoré` (une fois chacune), ou commencez le fichier par une ligne de personnes.',
  pair_list_too_long: 'Une liste compte au plus {max} binômes : coupez-la en deux.',
  pair_file_too_large: 'Ce fichier dépasse {max} ko, plus qu’aucune liste de 500 binômes n’en demande : vérifiez que c’est le bon fichier, ou coupez-le en deux.',
  pair_file_not_csv: 'Nous ne lisons les listes que dans des fichiers CSV ou texte (.csv, .txt). Dans un tableur, choisissez « CSV UTF-8 » à l’enregistrement, puis envoyez ce fichier.',
  pair_file_not_text: 'Nous n’avons pas pu lire ce fichier comme du texte UTF-8. Enregistrez-le au format « CSV UTF-8 » et envoyez-le de nouveau.',
  pair_file_unreadable: 'Nous n’avons pas pu télécharger ce fichier depuis Slack (il a peut-être été supprimé, ou Slack n’a pas répondu à temps). Envoyez-le de nouveau, ou collez la liste.',
  pair_file_no_scope: 'Nous ne pouvons pas encore lire les fichiers envoyés : l’application a besoin de l’autorisation Slack `files:read`. Demandez à la personne qui l’a installée de la réinstaller depuis le manifeste actuel ; en attendant, collez la liste.',
  contact_empty: 'Votre message au binôme est vide : rien n’a été envoyé. Écrivez quelques mots et renvoyez-le.',
  contact_too_long: 'Votre message au binôme est trop long : rien n’a été envoyé. {max} caractères au maximum.',
  action_item_unknown: 'Ce binôme n’a pas d’action numéro {number}. Lancez `/mentor status` pour voir les actions ouvertes et leurs numéros.',
};
