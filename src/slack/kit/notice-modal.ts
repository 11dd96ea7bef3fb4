import type { Catalog } from '../../content/index.js';
import { sections } from './blocks.js';

/** A small window with one message: how a Home tab button, which has no channel to answer in, explains a refusal. */
export function noticeModal(c: Catalog, text: string) {
  return {
    type: 'modal' as const,
    title: { type: 'plain_text' as const, text: c.home.noticeTitle },
    close: { type: 'plain_text' as const, text: c.home.noticeClose },
    blocks: sections(text),
  };
}
