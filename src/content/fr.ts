import type { Catalog } from './catalog.js';
import { closingFr } from './sections/closing.fr.js';
import { deliveryFr } from './sections/delivery.fr.js';
import { eraseFr } from './sections/erase.fr.js';
import { logLimitsFr } from './sections/log-limits.fr.js';
import { resilienceFr } from './sections/resilience.fr.js';
import { programmeFr } from './sections/programme.fr.js';

/**
 * French texts, addressing people as "vous". French typography: a no-break space (U+00A0)
 * precedes ":" and a narrow no-break space (U+202F) precedes ";", "!" and "?", so Slack never
 * wraps a line just before them.
 */
export const fr: Catalog = {
  locale: 'fr',

  stageNames: {
    prepare: 'Se préparer',
    engage: 'Lancer la conversation',
    nurture: 'Faire vivre la relation',
    evaluate: 'Évaluer et conclure',
    closed: 'Clôturée',
  },

  help: {
    title: 'Mentor Coach : ce que je sais faire',
    intro:
      'J’accompagne un mentor et son mentoré à travers quatre étapes (se préparer, lancer la conversation, faire vivre la relation, évaluer) dans un canal privé rien qu’à eux. Sauf mention contraire, lancez ces commandes dans le canal de votre binôme.',
    commands: {
      help: 'Afficher cette liste de commandes.',
      pair: 'Réservé aux responsables du programme : ouvrir un canal de mentorat privé pour un mentor et un mentoré (le mentor en premier).',
      status: 'Voir l’étape en cours, les rencontres déjà tenues et les actions en attente.',
      goal: 'Rédiger ou modifier l’objectif et le plan du mentoré (l’un ou l’autre d’entre vous), puis cocher les étapes dans le canal.',
      inventory: 'Remplir ou modifier votre bilan personnel : points forts, axes de progrès, objectifs et attentes.',
      stageNext: 'Passer à l’étape suivante quand vous êtes prêts tous les deux.',
      stageName: 'Aller directement à une étape : prepare, engage, nurture ou evaluate.',
      log: 'Consigner une rencontre en une seule fois ; chaque ligne qui commence par `next:` devient une action à suivre.',
      logForm: 'Ouvrir un formulaire pour consigner une rencontre pas à pas.',
      wrapUp: 'Commencer la clôture de la relation : faire le bilan, célébrer et décider de la suite.',
      wrapUpReflect: 'Écrire ou modifier votre bilan pendant la conclusion : ce que vous avez appris, l’atteinte de l’objectif, votre meilleur moment et vos remerciements.',
      wrapUpConfirm: 'Publier votre bilan de parcours et choisir la suite (rappelle d’abord à l’autre membre son bilan s’il manque).',
      pause: 'Mettre en pause les rappels du binôme (par exemple pendant des congés).',
      resume: 'Réactiver les rappels du binôme.',
      jobs: 'Pour les responsables de programme : l’état des rappels planifiés et ceux qui ont échoué.',
      agreement: 'Remplir ou modifier votre accord de mentorat : priorités, domaines de travail, mesures de réussite, rencontres et dates.',
      history: 'Relire vos comptes rendus de rencontre, cinq à la fois, du plus récent au plus ancien (ajoutez un numéro de page pour remonter).',
      done: 'Marquer comme faite l’action numéro n (chaque compte rendu affiche les numéros).',
      export: 'Recevoir toute la relation (binôme, objectif et plan, accord, chaque compte rendu et action) sous forme de fichier Markdown (`export json` : JSON), envoyé à vous seul en message direct, avec vos propres notes privées.',
      agenda: 'Affiche l’ordre du jour de votre prochaine rencontre, avec un bouton pour le publier dans le canal.',
      erase: 'Réservé aux responsables du programme : effacer définitivement les données d’un binôme clos (avec confirmation ; une ligne d’audit reste).',
    },
    footer: 'Une question sur le programme ? Votre responsable de programme se fera un plaisir de vous aider.',
  },

  delivery: deliveryFr,
  erase: eraseFr,
  logLimits: logLimitsFr,
  resilience: resilienceFr,
  programme: programmeFr,
  errors: {
    not_admin:
      'Seuls les responsables du programme peuvent faire cela. Demandez à l’un d’eux si nécessaire.',
    mention_missing:
      'Mentionnez deux personnes : d’abord le mentor, puis le mentoré, par exemple `/mentor pair @mentor @mentoré`.',
    mention_malformed:
      'Ceci ne ressemble pas à une mention Slack. Tapez @ puis choisissez chaque personne dans la liste proposée.',
    same_person: 'Le mentor et le mentoré doivent être deux personnes différentes.',
    bot_user:
      '{user} est une application, pas une personne : impossible de l’inclure dans un mentorat. Choisissez plutôt un collègue.',
    user_not_found: 'Je ne trouve pas {user}, ou son compte a été désactivé. Vérifiez le nom et réessayez.',
    pair_exists:
      'Ces deux personnes partagent déjà un canal de mentorat actif. Poursuivez-y la relation, ou clôturez-la avant d’en ouvrir un nouveau.',
    not_pair_channel:
      'Cette commande ne fonctionne que dans le canal privé d’un binôme de mentorat. Lancez-la depuis ce canal.',
    not_member: 'Seuls le mentor et le mentoré de ce binôme peuvent faire cela.',
    pair_closed: 'Cette relation de mentorat est clôturée : plus rien ne peut y être modifié.',
    unknown_command: 'Désolé, je ne reconnais pas cette commande. Tapez `/mentor` pour voir tout ce que je sais faire.',
    unknown_stage:
      'Je ne connais pas cette étape. Utilisez l’une de celles-ci : `next`, `prepare`, `engage`, `nurture` ou `evaluate`.',
    already_in_stage: 'Vous êtes déjà à l’étape *{stage}*. Choisissez-en une autre, ou utilisez `next` pour avancer.',
    use_wrap_up:
      'L’évaluation est la dernière étape. Quand vous êtes prêts à conclure, lancez `/wrap-up confirm` pour clôturer la relation.',
    log_empty:
      'Vos notes sont vides. Ajoutez du texte après la commande, ou lancez `/mentor-log` seul pour ouvrir le formulaire.',
    log_too_long: 'Ces notes sont trop longues : {max} caractères au maximum.',
    log_too_many_items: 'Un compte rendu contient au plus {max} prochaines étapes, et ces notes en comptent {count}. Rien n’a été enregistré : gardez les {max} plus importantes, ou répartissez-les sur deux comptes rendus.',
    date_invalid: 'Je n’arrive pas à lire cette date. Utilisez le sélecteur de date ou le format AAAA-MM-JJ.',
    date_in_past: 'La date de la prochaine rencontre doit être aujourd’hui ou plus tard.',
    channel_failed:
      'Slack a refusé de créer ou de configurer le canal de mentorat ; rien n’a été enregistré. Réessayez dans un instant, ou contactez votre responsable de programme si le problème persiste.',
    stale_action:
      'Ce bouton n’est plus à jour : le binôme est déjà passé à la suite. Consultez les derniers messages du canal.',
    already_paused: 'Les rappels de ce binôme sont déjà en pause. Lancez `/mentor resume` pour les réactiver.',
    not_paused: 'Les rappels de ce binôme ne sont pas en pause.',
    page_invalid: 'La page {page} n’existe pas : indiquez un nombre entier à partir de 1, par exemple `/mentor history 2`.',
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
    pair_list_too_long: 'Une liste compte au plus {max} binômes : coupez-la en deux.',
    action_item_unknown: 'Ce binôme n’a pas d’action numéro {number}. Lancez `/mentor status` pour voir les actions ouvertes et leurs numéros.',
  },

  generic: {
    failed: 'Un problème est survenu de mon côté. Réessayez dans un instant.',
    working: 'Création du canal de mentorat en cours…',
  },

  pair: {
    opened:
      'C’est fait ! {channel} est prêt pour {mentor} (mentor) et {mentee} (mentoré). J’y ai publié un message de bienvenue pour bien démarrer.',
    topic: 'Mentorat : {mentor} (mentor) et {mentee} (mentoré) · tapez /mentor pour l’aide',
  },

  welcome: {
    title: 'Bienvenue dans votre espace de mentorat',
    body: 'Bonjour {mentor} et {mentee} ! Ce canal privé est le vôtre. Je vous accompagnerai à chaque étape de votre relation de mentorat, avec des pistes de réflexion, des listes à cocher et quelques rappels amicaux.',
    stagesTitle: 'Votre parcours en quatre étapes',
    stages: {
      prepare:
        'Le mentoré se fixe un objectif clair et un plan court, et chacun fait le point sur ce qu’il apporte et ce qu’il espère.',
      engage:
        'Votre première rencontre, pour faire connaissance et convenir de votre façon de travailler ensemble.',
      nurture:
        'Rencontrez-vous régulièrement, menez des actions concrètes et consignez vos avancées.',
      evaluate: 'Faites le bilan du chemin parcouru, célébrez-le et décidez de la suite.',
    },
    commandsHint:
      'Tapez `/mentor` à tout moment pour voir les commandes, ou `/mentor status` pour savoir où vous en êtes.',
  },

  prepare: {
    title: 'Étape 1 · Se préparer',
    intro:
      'Un bon mentorat commence avant la première rencontre. Un peu de préparation dès maintenant, et votre temps ensemble portera bien plus de fruits.',
    goalTitle: 'Mentoré : fixez votre objectif',
    goalBody:
      'Notez un objectif, aussi précis que possible : un poste qui vous fait envie, une reconversion, ou simplement mieux vous repérer dans l’écosystème. Découpez-le ensuite en quelques étapes. Quelques lignes suffisent : elles vous donnent un point de départ et offrent à votre mentor une base concrète. C’est vous qui pilotez votre carrière ; votre mentor vous aide à garder le cap.',
    examples: [
      {
        name: 'Adesh',
        goal: 'Décrocher mon premier emploi autour de Salesforce.',
        plan: [
          'Identifier le rôle qui me correspond le mieux.',
          'Lister les compétences qu’exige ce rôle et repérer celles qui me manquent.',
          'Combler ces lacunes, une par une.',
          'Réécrire mon CV autour de ces compétences, en visant le rôle choisi.',
          'Organiser ma recherche d’emploi.',
        ],
      },
      {
        name: 'Carla',
        goal: 'Évoluer d’administratrice à architecte technique.',
        plan: [
          'Progresser en programmation.',
          'Convaincre mon manager de me confier une mission de développement.',
          'Mener cette mission avec excellence.',
          'Demander à rejoindre l’équipe d’architecture technique.',
        ],
      },
    ],
    inventoryTitle: 'Tous les deux : faites le point',
    inventory: [
      'Quels sont vos principaux traits de caractère, et comment aimez-vous travailler ?',
      'Quels sont vos points forts, et quels domaines aimeriez-vous développer ?',
      'Quels sont vos objectifs professionnels pour les prochains mois, et pour les prochaines années ?',
      'Qu’attendez-vous de cette relation de mentorat ?',
      'Quelles idées, connaissances et compétences allez-vous y apporter ?',
      'Comment aimez-vous créer un lien de confiance avec une nouvelle personne ?',
    ],
    nextHint:
      'Une fois l’objectif et le plan rédigés, et votre réflexion faite, lancez `/mentor stage next` pour préparer votre première rencontre.',
  },

  engage: {
    title: 'Étape 2 · Lancer la conversation',
    intro:
      'Votre première rencontre donne le ton de toute la suite. Commencez par faire connaissance, puis passez en revue l’objectif et le plan pour les ajuster ensemble. Soyez franc sur les points qui restent fragiles.',
    tipsTitle: 'Pour une première rencontre sereine',
    tips: [
      'Installez-vous dans un endroit calme et confortable pour l’appel, à l’abri du bruit et des distractions.',
      'Présentez-vous un peu : votre parcours, votre métier, ce que vous aimez.',
      'Venez l’esprit ouvert, en laissant de côté les idées reçues, qu’elles soient répandues ou personnelles.',
      'Préparez quelques questions à l’avance ; les brise-glace ci-dessous sont un bon début.',
      'Un peu de trac ? C’est bien naturel. L’autre personne souhaite elle aussi que tout se passe bien.',
    ],
    icebreakersTitle: 'Brise-glace',
    icebreakers: [
      'Comment aimez-vous occuper votre temps libre ?',
      'Si l’échec était impossible, que tenteriez-vous ?',
      'Racontez-moi les grandes étapes de votre parcours professionnel.',
      'Qu’est-ce qui vous enthousiasme le plus dans votre travail ?',
      'Qu’est-ce qui vous a donné envie de rejoindre ce programme de mentorat ?',
      'Quelle passion vous anime en dehors du travail ?',
      'Qui a le plus influencé votre carrière jusqu’ici ?',
      'Quel est le meilleur conseil que l’on vous ait jamais donné ?',
      'Quelle compétence avez-vous acquise récemment, et comment l’avez-vous apprise ?',
      'À quoi ressemble une excellente journée de travail pour vous ?',
      'Quel défi relevé reste pour vous une source de fierté ?',
      'Où aimeriez-vous en être dans cinq ans ?',
      'Enfant, quel métier rêviez-vous d’exercer ?',
      'Quelle partie de votre travail feriez-vous volontiers même sans être payé ?',
      'Quel tournant a le plus marqué votre parcours professionnel ?',
      'Qu’espérez-vous retirer de ces quelques mois de mentorat ?',
      'Si la réussite était garantie, quel grand projet lanceriez-vous dès demain ?',
      'Qu’est-ce qui surprend souvent les gens quand ils apprennent à vous connaître ?',
      'Quel livre, podcast ou conférence a changé votre façon de travailler ?',
      'Qu’avez-vous appris lors de votre premier emploi qui vous sert encore aujourd’hui ?',
      'Que voudriez-vous savoir faire dans six mois que vous ne savez pas encore faire ?',
      'De quelle crainte vous débarrasseriez-vous d’abord si l’échec devenait impossible ?',
      'Où allez-vous, ou que faites-vous, pour recharger vos batteries ?',
      'De quel sujet pourriez-vous parler pendant des heures sans la moindre note ?',
    ],
    agreementTitle: 'Convenez de votre façon de travailler',
    agreement: [
      'Engagements : durée du mentorat et fréquence de vos rencontres.',
      'Règles de base : être à l’heure et bien préparés à chaque séance.',
      'Confidentialité : ce que vous partagez reste entre vous deux.',
      'Actions du mentor : les démarches concrètes pour aider le mentoré.',
      'Communication : ouverte, honnête et respectueuse, sans se braquer.',
    ],
    topicsTitle: 'Sujets à aborder',
    topics: [
      'Le plan de carrière du mentoré, et ce que chacun attend du mentorat.',
      'Les résultats visés, en vous appuyant sur ce plan de carrière.',
      'Vos ambitions professionnelles à court, moyen et long terme.',
      'Les idées, ressources et soutiens utiles pour atteindre ces objectifs.',
      'Comment soulever et traiter les inquiétudes au fil de la relation.',
    ],
    nextHint:
      'Notez vos priorités, vos domaines de travail, vos critères de réussite et vos attentes pour les rencontres dans votre accord de mentorat, puis lancez `/mentor stage next` pour faire vivre la relation.',
  },

  nurture: {
    title: 'Étape 3 · Faire vivre la relation',
    intro:
      'Les objectifs sont posés et votre façon de travailler est convenue : place à l’action. Rencontrez-vous régulièrement, gardez l’élan et mettez le plan en œuvre.',
    activitiesTitle: 'Des idées pour progresser ensemble',
    activities: [
      'Bâtir à deux un plan de carrière sur mesure, avec des objectifs précis et les stratégies pour y parvenir.',
      'Relire le CV du mentoré et réfléchir à la manière de mettre en avant ses compétences transférables dans l’écosystème Salesforce.',
      'Se renseigner sur les entreprises qui attirent le mentoré et partager ce que vous apprenez sur les postes et les carrières qu’elles proposent.',
      'Faire un entretien blanc et répéter un court pitch de présentation.',
    ],
    expectationsTitle: 'Gardez vos attentes alignées',
    expectations:
      'Il est normal que vos attentes ne coïncident pas tout de suite : l’essentiel est d’en parler et de les ajuster ensemble. Un décalage passé sous silence mène vite à la frustration et à du temps perdu. Les attentes évoluent aussi à mesure que l’objectif se rapproche : faites souvent le point pour continuer d’avancer dans la même direction.',
    logHint:
      'Après chaque rencontre, lancez `/mentor-log` pour noter vos avancées et les prochaines étapes. Les actions en attente sont reportées à l’ordre du jour suivant.',
  },

  evaluate: {
    title: 'Étape 4 · Évaluer et conclure',
    intro:
      'Votre mentorat arrive à son terme : prenez le temps, ensemble, de regarder en arrière, de mesurer le chemin parcouru et de décider de la suite.',
    checklistTitle: 'Avant de clôturer',
    checklist: [
      'Prendre du recul sur la relation et sur ce que chacun de vous en retire.',
      'Reprendre vos attentes et vos objectifs : lesquels ont été atteints, et jusqu’où ?',
      'Décider ensemble de poursuivre ou non la relation.',
      'Fixer la date de votre dernière rencontre, et vous la rappeler à l’avance pour bien la préparer.',
      'Célébrer vos réussites et repérer ce que vous êtes désormais en mesure de transmettre à d’autres.',
      'Terminer en beauté : ce que vous avez préféré, ce qui vous restera, les leçons qui ont compté.',
      'Pour le mentoré : remercier son mentor, lui dire combien ses conseils ont compté, et lui demander s’il accepte d’avoir des nouvelles de ses progrès.',
    ],
    confirmHint:
      'Une fois vos deux bilans écrits, lancez `/wrap-up confirm` ou cliquez sur *Célébrer et décider* : nous publions votre bilan de parcours et vous choisissez la suite.',
  },

  tips: {
    title: 'Pour un mentorat qui porte ses fruits',
    items: [
      '*Jouez la transparence.* Identifiez les domaines à développer et faites-en le fil conducteur de vos rencontres.',
      '*Faites vos recherches.* Cherchez d’abord par vous-même ce qui se trouve facilement, pour consacrer votre temps ensemble à l’essentiel.',
      '*Osez les questions difficiles.* La rémunération envisageable ou les obstacles qu’a connus votre mentor sont des sujets légitimes : abordez-les simplement avec tact.',
      '*Dites merci.* Votre mentor est bénévole et vous consacre son temps libre ; dites-lui quand ses conseils font la différence.',
      '*Allez au bout des choses.* Faites ce qui a été convenu (le livre, la formation, la mise à jour du CV ou du profil) et venez à la rencontre suivante avec l’envie d’aller plus loin.',
    ],
  },

  stage: {
    changed: '{user} a fait passer le binôme de *{from}* à *{to}*.',
    done: 'C’est fait : vous êtes maintenant à l’étape *{stage}*.',
  },

  log: {
    title: 'Compte rendu de rencontre',
    byline: 'Consigné par {user} le {date}',
    summary: 'Résumé',
    achievements: 'Réalisations',
    nextSteps: 'Prochaines étapes',
    nextMeeting: 'Prochaine rencontre',
    saved: 'Rencontre enregistrée. Actions ajoutées : {count}.',
    syntaxHint:
      'Astuce : commencez une ligne par `next:` ou `- [ ]` pour en faire une action dont je garderai la trace. Mentionnez (@) le mentor, le mentoré ou les deux pour dire qui la porte, et terminez-la par `by 2026-12-05`, `by friday`, `by fri` ou `by tomorrow` pour recevoir un rappel avant l’échéance. Une ligne `done: 3` marque l’action 3 comme faite, et `prochain rendez-vous : jeudi 14h30` fixe la prochaine rencontre (dans votre fuseau horaire) pour que son ordre du jour arrive la veille.',
    owners: { mentor: 'mentor', mentee: 'mentoré', both: 'vous deux' },
    due: 'pour le {date}',
    doneButton: 'Fait',
    doneBy: 'faite par {user}',
    doneCount: 'Actions faites',
    deleteButton: 'Supprimer',
    deleted: '{user} a supprimé ce compte rendu. Ses actions restent ouvertes jusqu’à ce qu’elles soient faites.',
    editButton: 'Modifier',
    edited: 'modifié le {date}',
    overdue: 'en retard',
    markedDone: 'L’action n° {number} est faite : {item}. Bravo !',
    modal: {
      title: 'Compte rendu',
      submit: 'Enregistrer',
      cancel: 'Annuler',
      summaryLabel: 'De quoi avez-vous parlé ?',
      summaryPlaceholder: 'Sujets abordés, décisions, idées…',
      achievementsLabel: 'Qu’avez-vous accompli depuis la dernière fois ?',
      achievementsPlaceholder: 'CV terminé, simulation d’entretien planifiée…',
      nextStepsLabel: 'Prochaines étapes',
      nextStepsHint:
        'Une action par ligne ; chacune sera suivie. Commencez une ligne par « mentor : », « mentoré : » ou « les deux : » pour dire qui la porte, et terminez-la par « by 2026-12-05 » ou « by vendredi » pour fixer une échéance. « done: 3 » marque l’action 3 comme faite.',
      nextMeetingLabel: 'Date de la prochaine rencontre',
      metOnLabel: 'Date de la rencontre',
      nextMeetingTimeLabel: 'Heure de la prochaine rencontre',
      nextMeetingTimeHint: 'Dans votre propre fuseau horaire. Choisissez aussi une date ci-dessus.',
      privateNoteLabel: 'Note privée',
      privateNoteHint: 'Vous seul la gardez : elle n’est jamais publiée dans le canal.',
      editTitle: 'Modifier le compte rendu',
      editNextStepsHint:
        'Les actions ouvertes de ce compte rendu, une par ligne. Changez la personne ou la date d’une ligne, ajoutez-en, ou retirez celle qui n’a plus lieu d’être. Les actions déjà faites restent telles quelles.',
      ownerPrefixes: { mentor: 'mentor', mentee: 'mentoré', both: 'les deux' },
    },
    fieldErrors: {
      summaryRequired: 'Ajoutez un court résumé de la rencontre.',
      tooLong: 'Texte trop long : {max} caractères au maximum.',
      dateInPast: 'Choisissez aujourd’hui ou une date ultérieure.',
      dateInvalid: 'Cette date n’est pas valide.',
      metInFuture: 'La rencontre ne peut pas être dans le futur : choisissez aujourd’hui ou une date antérieure.',
      timeInvalid: 'Cette heure n’est pas valide.',
      timeInPast: 'Ce moment est déjà passé : choisissez une heure plus tardive.',
      timeNeedsDate: 'Choisissez aussi la date de la prochaine rencontre.',
    },
  },

  status: {
    title: 'Étape {number} sur 4 · {stage}',
    stage: 'Étape',
    meetings: 'Rencontres tenues',
    openItems: 'Actions en cours',
    lastMeeting: 'Dernière rencontre',
    never: 'Aucune pour l’instant',
    none: 'Rien en attente. Bravo !',
    more: '…et {count} de plus',
    openedOn: 'Binôme ouvert le {date}',
    guessedMeeting: '{date} (aucune date fixée : deux semaines après votre dernière rencontre)',
  },

  history: {
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
    noOlder: 'Il n’y a pas de comptes rendus plus anciens : la page {page} remonte avant votre première rencontre. Essayez `/mentor history` pour les plus récents.',
  },
  export: {
    title: 'Dossier de mentorat : {mentor} et {mentee}',
    exportedOn: 'Exporté le {date} par {user}.',
    pairHeading: 'Le binôme',
    mentor: 'Mentor',
    mentee: 'Mentoré',
    stage: 'Étape',
    openedOn: 'Ouvert le',
    closedOn: 'Clos le',
    goalHeading: 'Objectif',
    noGoal: 'Pas encore d’objectif écrit.',
    planHeading: 'Plan',
    noPlan: 'Pas encore d’étapes dans le plan.',
    stepDone: 'faite le {date}',
    agreementHeading: 'Accord de mentorat',
    noAgreement: 'Pas encore d’accord de mentorat.',
    priorities: 'Priorités',
    focusAreas: 'Domaines de travail',
    successMeasures: 'Mesures de réussite',
    rhythm: 'Rencontres',
    frequencies: { weekly: 'chaque semaine', biweekly: 'toutes les deux semaines', monthly: 'chaque mois' },
    meetingLength: '{minutes} minutes',
    period: 'Du {start} au {end}',
    preferredSlot: 'Créneau préféré',
    weekdays: { mon: 'lundi', tue: 'mardi', wed: 'mercredi', thu: 'jeudi', fri: 'vendredi' },
    agreedOn: 'Convenu le {date}',
    logsHeading: 'Comptes rendus de rencontre',
    noLogs: 'Aucune rencontre notée pour l’instant.',
    logTitle: '{date}, par {user}',
    summary: 'Ce dont nous avons parlé',
    achievements: 'Réussites',
    nextSteps: 'Prochaines étapes',
    nextMeeting: 'Prochaine rencontre',
    privateNote: 'Ma note privée',
    itemsHeading: 'Actions',
    noItems: 'Pas encore d’actions.',
    itemNumber: 'N°',
    itemText: 'Action',
    itemOwner: 'Responsable',
    itemDue: 'Échéance',
    itemStatus: 'État',
    itemFrom: 'Issue de la rencontre du',
    owners: { mentor: 'Mentor', mentee: 'Mentoré', both: 'Les deux' },
    nobody: '—',
    statuses: { open: 'À faire', done: 'Faite' },
    fileTitle: 'Dossier de mentorat : {mentor} et {mentee}',
    comment: 'Voici votre export, {user}. Il contient vos propres notes privées, jamais celles de l’autre membre : il n’est envoyé qu’à vous. Réfléchissez avant de le partager.',
    done: 'Votre export est dans vos messages directs avec moi. Il contient vos notes privées : il n’est envoyé qu’à vous.',
  },
  conversation: {
    icebreakersHint: 'Choisissez-en une et répondez chacun à votre tour. Il n’y a pas de mauvaise réponse.',
    moreButton: 'Trois autres questions',
    lastIcebreakers: 'Ce sont mes derniers brise-glace. Désormais, vos propres questions prendront le relais.',
    noMoreIcebreakers:
      'Vous avez vu tous mes brise-glace, et je n’en répéterai aucun. Vos propres questions sont souvent les meilleures !',
    checklistsIntro:
      'Cochez un point une fois que vous en avez parlé et que vous êtes d’accord. Vous voyez tous les deux les mêmes listes, et je les garde en mémoire.',
    agreementProgress: '{done}/{total} convenus',
    topicsProgress: '{done}/{total} abordés',
    lastChange: 'Dernière modification : {user}, {date}',
    suggestNurture:
      'Votre accord de travail est complet et votre première rencontre est consignée : bravo ! Dès que vous êtes prêts tous les deux, passez à l’étape *{stage}*.',
    suggestNurtureButton: 'Passer à l’étape suivante',
  },

  nudges: {
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
    snoozed: 'C’est noté. Je vous le rappellerai vers le {date}.',
    dismissed: 'C’est noté, marqué comme fait.',
    paused: '{user} a mis les rappels de ce binôme en pause. Lancez `/mentor resume` quand vous serez prêts.',
    resumed: '{user} a réactivé les rappels.',
    keptGoing: '{user} indique que vous continuez. Bravo !',
    answeredBy: 'Réponse de {user}.',
  },
  goalPlan: {
    title: 'Objectif et plan',
    goal: 'Objectif',
    plan: 'Plan',
    stepsDone: 'Étapes terminées : {done} sur {total}',
    byline: 'Dernière modification par {user} le {date}',
    doneBy: 'terminée par {user}',
    doneButton: 'Marquer comme faite',
    undoButton: 'Rouvrir',
    editButton: 'Modifier l’objectif et le plan',
    modal: {
      title: 'Objectif et plan',
      submit: 'Enregistrer',
      cancel: 'Annuler',
      intro:
        'Cet objectif est celui du mentoré, formulé avec ses propres mots. Le mentor peut l’aider à le mettre par écrit, et chacun de vous peut y revenir pour le modifier.',
      goalLabel: 'Quel est votre objectif ?',
      goalPlaceholder: 'Un seul objectif, aussi précis que possible',
      planLabel: 'Votre plan, étape par étape',
      planPlaceholder: 'Une étape concrète par ligne',
      planHint:
        'Notez de {min} à {max} étapes, une par ligne, dans l’ordre où vous les aborderez. Vous pourrez cocher chacune d’elles dans le canal une fois terminée.',
      examplesTitle: 'Besoin d’inspiration ? Deux objectifs et leurs plans',
    },
    fieldErrors: {
      goalRequired: 'Notez votre objectif.',
      goalTooLong: 'Gardez un objectif court : {max} caractères au maximum.',
      tooFewSteps: 'Un plan compte au moins {min} étapes, une par ligne.',
      tooManySteps: 'Limitez le plan à {max} étapes : regroupez-en ou retirez-en quelques-unes.',
      stepTooLong: 'L’étape {number} est trop longue : {max} caractères au maximum par étape.',
      planTooLong: 'Le plan est trop long : {max} caractères au maximum en tout.',
    },
  },

  selfInventory: {
    fields: {
      strengths: 'Mes points forts',
      developmentAreas: 'Ce que je veux développer',
      shortTermGoals: 'Mes objectifs pour les prochains mois',
      longTermGoals: 'Mes objectifs pour les prochaines années',
      expectations: 'Ce que j’attends de cette relation',
      contribution: 'Ce que j’apporte : idées, connaissances, compétences',
      rapport: 'Comment j’aime créer un lien',
    },
    placeholders: {
      strengths: 'Ce que vous faites bien, et votre façon de travailler',
      developmentAreas: 'En toute franchise : c’est là-dessus que porteront vos rencontres',
      shortTermGoals: 'Où vous voulez en être dans quelques mois',
      longTermGoals: 'Où vous voulez en être dans quelques années',
      expectations: 'À quoi ressemblerait, pour vous, un mentorat réussi',
      contribution: 'Expérience, contacts et compétences que vous pouvez partager',
      rapport: 'Un café, des anecdotes, entrer tout de suite dans le vif du sujet…',
    },
    modal: {
      title: 'Mon bilan personnel',
      submit: 'Enregistrer',
      cancel: 'Annuler',
      intro:
        'Faites le point avant de vous rencontrer. Vos réponses sont conservées pour votre binôme, un court résumé est publié dans votre canal, et vous pouvez les modifier à tout moment.',
    },
    shared: '{user} a partagé son bilan personnel.',
    updated: '{user} a mis à jour son bilan personnel.',
    hint: 'Chacun remplit le sien, avec `/mentor inventory` ou le bouton du message de préparation.',
    fieldErrors: {
      required: 'Répondez à cette question : elle oriente votre première rencontre.',
      tooLong: 'Texte trop long : {max} caractères au maximum.',
    },
  },

  prepChecklist: {
    title: 'Liste de préparation',
    progress: 'Avancement : {done}/{total}',
    items: {
      goal: 'L’objectif du mentoré',
      plan: 'Un plan en étapes concrètes',
      mentorInventory: 'Le bilan personnel du mentor',
      menteeInventory: 'Le bilan personnel du mentoré',
    },
    goalButton: 'Rédiger l’objectif et le plan',
    inventoryButton: 'Remplir mon bilan personnel',
    suggestion:
      'Bravo {mentor} et {mentee} : l’objectif, le plan et vos deux bilans personnels sont prêts. Vous voilà parés pour une première rencontre : fixez une date et passez à l’étape suivante.',
    suggestionButton: 'Lancer la conversation',
    statusLabel: 'Préparation',
  },

  agenda: {
    title: 'Ordre du jour de votre prochaine rencontre',
    when: 'Prochaine rencontre : {date}',
    meetingNumber: 'Rencontre n° {number}',
    itemsTitle: 'Actions à faire le point',
    noItems: 'Aucune action en cours : tout est à jour.',
    due: 'pour le {date}',
    overdue: 'en retard depuis le {date}',
    owners: { mentor: 'mentor', mentee: 'mentoré·e', both: 'tous les deux' },
    stepsTitle: 'Étapes du plan encore à venir',
    topicsTitle: 'Sujets à aborder',
    topics: {
      careerPlan: 'Votre plan de carrière : où vous voulez être dans un, trois et cinq ans, et le prochain pas pour y aller.',
      cvSkills: 'Le CV et les compétences transférables : ce que votre parcours prouve déjà, et comment le dire.',
      companyResearch: 'La recherche d’entreprises : quelques organisations et postes qui vous correspondent, et ce que vous en avez appris.',
      mockInterview: 'Un entretien blanc et le pitch : répétez à voix haute les deux premières minutes.',
      reviewGoals: 'Un regard en arrière sur l’objectif et le plan : ce qui est atteint, ce qui reste ouvert.',
      nextChapter: 'La suite : continuer à se voir, rester en contact, ou conclure sur une note positive.',
      wrapExpectations: 'Vos attentes du début : lesquelles ont été comblées, et dans quelle mesure ?',
      wrapHighlights: 'Vos meilleurs moments : ce que vous avez le plus apprécié, et les leçons que vous garderez.',
      wrapThanks: 'Remerciez-vous mutuellement, et dites ce que ce temps et ces conseils ont représenté.',
    },
    checkIn: 'Point d’étape : nos attentes sont-elles toujours alignées ? Le rythme convient-il, et est-ce toujours l’aide dont vous avez besoin ?',
    postButton: 'Publier dans le canal',
    posted: 'L’ordre du jour est publié dans le canal.',
    preview: 'Vous seul·e voyez ce message. Publiez-le dans le canal pour le partager avec votre binôme.',
    guessed:
      'Vous n’avez pas fixé de date pour cette rencontre : j’ai supposé deux semaines après la précédente. Fixez la vraie date avec `prochain rendez-vous : jeudi 14h30` dans `/mentor-log`, ou convenez d’un rythme dans votre accord de mentorat.',
  },
  jobs: {
    title: 'Rappels planifiés',
    counts: 'En attente : *{pending}* · En échec : *{failed}*',
    none: 'Aucun rappel n’a échoué.',
  },
  home: {
    title: 'Votre mentorat',
    intro: 'Où en est chacune de vos relations de mentorat. Les échanges, eux, se passent dans le canal privé de chaque binôme.',
    empty:
      'Vous ne faites pas encore partie d’un binôme de mentorat. Dès qu’un responsable du programme vous associera à quelqu’un, votre canal privé et votre progression commune apparaîtront ici.',
    yourMentor: 'Votre mentor : {user}',
    yourMentee: 'Votre mentoré : {user}',
    nextMeeting: 'Prochaine rencontre :',
    noNextMeeting: 'pas encore fixée (indiquez la date en consignant une rencontre)',
    openItems: 'Actions en cours :',
    noOpenItems: 'aucune, bravo !',
    workingAgreement: 'Accord de travail :',
    mentoringAgreement: 'Accord de mentorat :',
    signed: 'signé et épinglé dans votre canal',
    notSigned: 'pas encore signé',
    paused: 'Les rappels de ce binôme sont en pause ; `/mentor resume` dans le canal les réactive.',
    fillAgreementButton: 'Remplir l’accord',
    logMeetingButton: 'Consigner une rencontre',
    morePairs: '…et {count} autres binômes, chacun dans son canal.',
    footer: 'Cette page se met à jour chaque fois que vous l’ouvrez.',
    noticeTitle: 'Mentor Coach',
    noticeClose: 'Fermer',
    admin: {
      title: 'Vue d’ensemble du programme',
      intro:
        'Tous les binômes actifs, et le temps écoulé depuis leur dernière rencontre consignée. Un binôme demande votre attention quand rien n’a été consigné depuis plus de deux fois son rythme de rencontres : un petit mot de votre part peut le relancer.',
      none: 'Aucun binôme actif pour l’instant. Ouvrez-en un avec `/mentor pair @mentor @mentee`.',
      stageCount: '{stage} : *{count}*',
      attentionCount: 'Demandent votre attention : *{count}*',
      members: '{mentor} accompagne {mentee}',
      lastLog: 'dernière rencontre consignée il y a {days}',
      lastLogToday: 'dernière rencontre consignée aujourd’hui',
      noLog: 'aucune rencontre consignée, binôme ouvert il y a {days}',
      noLogToday: 'aucune rencontre consignée, binôme ouvert aujourd’hui',
      dayOne: '1 jour',
      days: '{count} jours',
      needsAttention: ':warning: *demande votre attention*',
      paused: 'rappels en pause',
      more: '…et {count} autres binômes non affichés ici. La liste commence par ceux qui demandent votre attention.',
    },
  },
  agreement: {
    title: 'Accord de mentorat',
    prioritiesLabel: 'Nos priorités',
    prioritiesPlaceholder: 'Qu’est-ce qui compte le plus pour nous dans cette relation ?',
    focusAreasLabel: 'Domaines de travail',
    focusAreasPlaceholder: 'Les compétences, sujets ou objectifs sur lesquels nous allons travailler',
    successMeasuresLabel: 'Comment nous mesurerons la réussite',
    successMeasuresPlaceholder: 'Qu’est-ce qui nous dira, à la fin, que c’est réussi ?',
    frequencyLabel: 'À quelle fréquence nous nous voyons',
    frequencies: { weekly: 'Chaque semaine', biweekly: 'Toutes les deux semaines', monthly: 'Chaque mois' },
    minutesLabel: 'Durée de chaque rencontre',
    minutes: '{minutes} minutes',
    startLabel: 'Date de début',
    endLabel: 'Date de fin prévue',
    endHint: 'Six mois conviennent à la plupart des binômes. Je vous préviendrai à l’approche de la fin.',
    preferredDayLabel: 'Jour préféré',
    weekdays: { mon: 'Lundi', tue: 'Mardi', wed: 'Mercredi', thu: 'Jeudi', fri: 'Vendredi' },
    preferredTimeLabel: 'Heure préférée',
    meetingsLabel: 'Nos rencontres',
    period: 'Du {start} au {end}',
    updatedBy: 'Dernière mise à jour par {user}. Revoyez-le dès que vos attentes évoluent.',
    editButton: 'Modifier l’accord',
    submit: 'Enregistrer',
    cancel: 'Annuler',
    saved: 'Accord enregistré et épinglé dans le canal.',
    fieldErrors: {
      required: 'Merci de remplir ce champ.',
      tooLong: 'Merci de rester sous {max} caractères.',
      invalidChoice: 'Merci de choisir l’une des options.',
      dateInvalid: 'Cela ne ressemble pas à une date.',
      startInPast: 'La date de début ne peut pas être passée.',
      endBeforeStart: 'La date de fin doit venir après la date de début.',
      endInPast: 'La date de fin ne peut pas être passée.',
    },
  },
  wrapUp: {
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
  },
  closing: closingFr,
};
