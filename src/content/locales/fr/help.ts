import type { HelpTexts } from '../../sections/help.js';

export const helpFr: HelpTexts = {
  title: 'Mentor Coach : ce que nous savons faire',
  intro:
    'Nous accompagnons un mentor et son mentoré à travers quatre étapes (se préparer, lancer la conversation, faire vivre la relation, évaluer) dans un canal privé rien qu’à eux. Sauf mention contraire, lancez ces commandes dans le canal de votre binôme.',
  commands: {
    help: 'Afficher cette liste de commandes.',
    pair: 'Réservé aux responsables du programme : ouvrir un canal de mentorat privé pour un mentor et un mentoré (le mentor en premier).',
    status: 'Voir l’étape en cours, les rencontres déjà tenues et les actions en attente.',
    goal: 'Rédiger ou modifier l’objectif et le plan du mentoré (l’un ou l’autre d’entre vous), puis cocher les étapes dans le canal.',
    inventory: 'Remplir ou modifier votre bilan personnel : points forts, axes de progrès, objectifs et attentes.',
    stageNext: 'Passer à l’étape suivante quand vous êtes prêts tous les deux.',
    stageName: 'Aller directement à une étape : prepare, engage, nurture ou evaluate.',
    log: 'Consigner une rencontre en une seule fois ; chaque ligne qui commence par `suite :` devient une action à suivre.',
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
};
