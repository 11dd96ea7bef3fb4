import type { GenericTexts } from '../../sections/generic.js';

export const genericEn: GenericTexts = {
  failed: 'Something went wrong on our side. Please try again in a moment.',
  field: '*{label}:* {value}',
  plainField: '{label}: {value}',
  working: 'Setting up the mentoring channel…',
};
