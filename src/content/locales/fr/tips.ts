import type { TipsTexts } from '../../sections/tips.js';

export const tipsFr: TipsTexts = {
  title: 'Pour un mentorat qui porte ses fruits',
  items: [
    '*Jouez la transparence.* Identifiez les domaines à développer et faites-en le fil conducteur de vos rencontres.',
    '*Faites vos recherches.* Cherchez d’abord par vous-même ce qui se trouve facilement, pour consacrer votre temps ensemble à l’essentiel.',
    '*Osez les questions difficiles.* La rémunération envisageable ou les obstacles qu’a connus votre mentor sont des sujets légitimes : abordez-les simplement avec tact.',
    '*Dites merci.* Votre mentor vous consacre de son temps ; dites-lui quand ses conseils font la différence.',
    '*Allez au bout des choses.* Faites ce qui a été convenu (le livre, la formation, la mise à jour du CV ou du profil) et venez à la rencontre suivante avec l’envie d’aller plus loin.',
  ],
};
