import type { AgendaTexts } from '../../sections/agenda.js';

export const agendaFr: AgendaTexts = {
  title: 'Ordre du jour de votre prochaine rencontre',
  when: 'Prochaine rencontre : {date}',
  meetingNumber: 'Rencontre n° {number}',
  itemsTitle: 'Actions à suivre',
  noItems: 'Aucune action en cours : tout est à jour.',
  due: 'pour le {date}',
  overdue: 'en retard depuis le {date}',
  owners: { mentor: 'mentor', mentee: 'mentoré', both: 'tous les deux' },
  stepsTitle: 'Étapes du plan encore à venir',
  topicsTitle: 'Sujets à aborder',
  topics: {
    careerPlan: 'Votre plan de carrière : où vous voulez être dans un, trois et cinq ans, et le prochain pas pour y aller.',
    cvSkills: 'Le CV et les compétences transférables : ce que votre parcours prouve déjà, et comment le dire.',
    companyResearch: 'La recherche d’entreprises : quelques organisations et postes qui vous correspondent, et ce que vous en avez appris.',
    mockInterview: 'Un entretien blanc et l’argumentaire éclair : répétez à voix haute les deux premières minutes.',
    reviewGoals: 'Un regard en arrière sur l’objectif et le plan : ce qui est atteint, ce qui reste ouvert.',
    nextChapter: 'La suite : continuer à se voir, rester en contact, ou conclure sur une note positive.',
    wrapExpectations: 'Vos attentes du début : lesquelles ont été comblées, et dans quelle mesure ?',
    wrapHighlights: 'Vos meilleurs moments : ce que vous avez le plus apprécié, et les leçons que vous garderez.',
    wrapThanks: 'Remerciez-vous mutuellement, et dites ce que ce temps et ces conseils ont représenté.',
  },
  checkIn: 'Point d’étape : vos attentes sont-elles toujours alignées ? Le rythme convient-il, et est-ce toujours l’aide dont vous avez besoin ?',
  postButton: 'Publier dans le canal',
  posted: 'L’ordre du jour est publié dans le canal.',
  preview: 'Ce message n’est visible que par vous. Publiez-le dans le canal pour le partager avec votre binôme.',
  guessed:
    'Vous n’avez pas fixé de date pour cette rencontre : nous avons supposé deux semaines après la précédente. Fixez la vraie date avec `prochain rendez-vous : jeudi 14h30` dans `/mentor-log`, ou convenez d’un rythme dans votre accord de mentorat.',
};
