import type { PrepareTexts } from '../../sections/prepare.js';

export const prepareFr: PrepareTexts = {
  title: 'Étape 1 · Se préparer',
  intro:
    'Un bon mentorat commence avant la première rencontre. Un peu de préparation dès maintenant, et votre temps ensemble portera bien plus de fruits.',
  goalTitle: 'Mentoré : fixez votre objectif',
  goalBody:
    'Notez un objectif, aussi précis que possible : un poste qui vous fait envie, une reconversion, ou simplement mieux vous repérer dans votre domaine. Découpez-le ensuite en quelques étapes. Quelques lignes suffisent : elles vous donnent un point de départ et offrent à votre mentor une base concrète. C’est vous qui pilotez votre carrière ; votre mentor vous aide à garder le cap.',
  examples: [
    {
      name: 'Noor',
      goal: 'Décrocher mon premier emploi d’analyste de données.',
      plan: [
        'Identifier le rôle qui me correspond le mieux.',
        'Lister les compétences qu’exige ce rôle et repérer celles qui me manquent.',
        'Combler ces lacunes, une par une.',
        'Réécrire mon CV autour de ces compétences, en visant le rôle choisi.',
        'Organiser ma recherche d’emploi.',
      ],
    },
    {
      name: 'Tomás',
      goal: 'Passer de l’équipe support au métier de chef de produit.',
      plan: [
        'Comprendre comment l’équipe produit décide de ce qu’elle construit.',
        'Demander à mon responsable une petite mission produit.',
        'Mener cette mission et partager ce que j’en ai appris.',
        'Postuler au prochain poste de chef de produit.',
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
};
