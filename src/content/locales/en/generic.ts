import type { GenericTexts } from '../../sections/generic.js';

export const genericEn: GenericTexts = {
  failed: 'Something went wrong on my side. Please try again in a moment.',
  working: 'Setting up the mentoring channel…',
};
