import type { NurtureTexts } from '../../sections/nurture.js';

export const nurtureFr: NurtureTexts = {
  title: 'Étape 3 · Faire vivre la relation',
  intro:
    'Les objectifs sont posés et votre façon de travailler est convenue : place à l’action. Rencontrez-vous régulièrement, gardez l’élan et mettez le plan en œuvre.',
  activitiesTitle: 'Des idées pour progresser ensemble',
  activities: [
    'Bâtir à deux un plan de carrière sur mesure, avec des objectifs précis et les stratégies pour y parvenir.',
    'Relire le CV du mentoré et réfléchir à la manière de mettre en avant ses compétences transférables pour le poste qu’il vise.',
    'Se renseigner sur les entreprises qui attirent le mentoré et partager ce que vous apprenez sur les postes et les carrières qu’elles proposent.',
    'Faire un entretien blanc et répéter un court argumentaire éclair.',
  ],
  expectationsTitle: 'Gardez vos attentes alignées',
  expectations:
    'Il est normal que vos attentes ne coïncident pas tout de suite : l’essentiel est d’en parler et de les ajuster ensemble. Un décalage passé sous silence mène vite à la frustration et à du temps perdu. Les attentes évoluent aussi à mesure que l’objectif se rapproche : faites souvent le point pour continuer d’avancer dans la même direction.',
  logHint:
    'Après chaque rencontre, lancez `/mentor-log` pour noter vos avancées et les prochaines étapes. Les actions en attente sont reportées à l’ordre du jour suivant.',
};
