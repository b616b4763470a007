/**
 * Where focus goes after a Save, Delete or Undo in the pair workspace: the item itself (its card is
 * `tabIndex={-1}` under {@link itemDomId}), or the section's heading when the item is gone, never <body>.
 * A small local helper on purpose: a shared focus helper can replace it in one place.
 */
export const itemDomId = (kind: string, id: string) => `item-${kind}-${id}`;
export const sectionHeadingId = (section: string) => `heading-${section}`;

/**
 * Focuses the element `id` once React has rendered it (tries for a few frames), else `fallbackId`
 * (the section heading).
 */
export function focusItem(id: string, fallbackId: string, framesLeft = 10): void {
  // Always a frame later: React has committed, and a closing dialog has given focus back by then.
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (framesLeft > 0) focusItem(id, fallbackId, framesLeft - 1);
    else document.getElementById(fallbackId)?.focus();
  });
}
