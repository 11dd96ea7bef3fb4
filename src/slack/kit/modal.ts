/** Slack's plain_text object, as titles, labels and hints take it. */
export const plain = (text: string) => ({ type: 'plain_text' as const, text });

/**
 * A form's outer shape: what the submission is routed by (callback id), what it is about (JSON in
 * private_metadata, read back with readMetadata), its title, its submit label and its blocks. The
 * programme's and the pulse's forms are built by it, so they cannot drift apart.
 */
export function formModal<Block>(form: { callbackId: string; about?: Record<string, unknown>; title: string; submit: string; blocks: Block[] }) {
  return {
    type: 'modal' as const,
    callback_id: form.callbackId,
    ...(form.about === undefined ? {} : { private_metadata: JSON.stringify(form.about) }),
    title: plain(form.title),
    submit: plain(form.submit),
    blocks: form.blocks,
  };
}
