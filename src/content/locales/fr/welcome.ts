import type { WelcomeTexts } from '../../sections/welcome.js';

export const welcomeFr: WelcomeTexts = {
  title: 'Bienvenue dans votre espace de mentorat',
  body: 'Bonjour {mentor} et {mentee} ! Ce canal privé est le vôtre. Nous vous accompagnerons à chaque étape de votre relation de mentorat, avec des pistes de réflexion, des listes à cocher et quelques rappels amicaux.',
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
};
