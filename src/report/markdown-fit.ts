// Fitting a Markdown page under a size limit (GitHub: 65,536 characters a comment, 1 MiB a summary):
// the page is a head, prioritised sections of atomic items (table rows, list items) and a footer; items
// are cut from the lowest-priority section first, each cut leaving an explicit "… N more" pointer, so a
// table row or a list item is never split and a reader always knows what is missing.
import { mdUrl } from './escape.js';

/** A cuttable part of the page. Items are atomic (a table row, a list item) and cut from the end. */
export interface Section {
  /** Lower is cut first. */
  priority: number;
  heading: string;
  /** Lines between heading and items (a table header), dropped with the last item. */
  lead?: string;
  items: string[];
  /** Blank-line separated after the items (closing tags). */
  tail?: string;
  /** What an item is, singular, for the pointer: 'function', 'finding'... */
  noun: string;
  omitted: number;
  /** Items joined by '\n' (table rows, list items) or by '\n\n' (blocks). */
  joiner: string;
}

function pointer(s: Section, url?: string): string {
  const see = url ? `see the [full report](${mdUrl(url)})` : 'see the full report';
  return `_… ${s.omitted} more ${s.omitted === 1 ? s.noun : `${s.noun}s`}, ${see}._`;
}

function renderSection(s: Section, url?: string): string {
  const parts = [s.heading];
  if (s.items.length > 0) parts.push((s.lead ? `${s.lead}\n` : '') + s.items.join(s.joiner));
  if (s.omitted > 0) parts.push(pointer(s, url));
  if (s.tail) parts.push(s.tail); // closes an HTML block even when every item was cut
  return parts.join('\n\n');
}

/** An upper bound of renderSection's length, kept cheap so cutting thousands of rows stays linear. */
function sectionBound(s: Section, itemsLen: number): number {
  const ptr = s.omitted > 0 ? 120 + s.noun.length : 0;
  return s.heading.length + (s.lead?.length ?? 0) + itemsLen + ptr + (s.tail?.length ?? 0) + 16;
}

/** The page under maxChars: `head` and `footer` are kept; sections lose items, lowest priority first. */
export function fitSections(head: string, sections: Section[], footer: string, maxChars: number, url?: string): string {
  const render = (): string =>
    [head, ...sections.filter((x) => x.items.length > 0 || x.omitted > 0).map((x) => renderSection(x, url)), footer].join(
      '\n\n',
    ) + '\n';

  // Cut items from the lowest-priority section (the later one on ties) until the bound fits.
  const itemsLen = sections.map((x) => x.items.reduce((n, i) => n + i.length + x.joiner.length, 0));
  const fixed = head.length + footer.length + 8;
  let bound = fixed + sections.reduce((n, x, i) => n + sectionBound(x, itemsLen[i]) + 2, 0);
  let text = render();
  while (text.length > maxChars) {
    let victim = -1;
    for (let i = 0; i < sections.length; i++) {
      if (sections[i].items.length === 0) continue;
      if (victim < 0 || sections[i].priority <= sections[victim].priority) victim = i;
    }
    if (victim < 0) break; // nothing left to cut
    const sec = sections[victim];
    while (sec.items.length > 0 && (bound > maxChars || text.length > maxChars)) {
      const before = sectionBound(sec, itemsLen[victim]);
      const item = sec.items.pop() as string;
      itemsLen[victim] -= item.length + sec.joiner.length;
      sec.omitted++;
      bound += sectionBound(sec, itemsLen[victim]) - before;
      if (bound <= maxChars) break;
    }
    text = render();
  }
  if (text.length > maxChars) {
    // Only the verdict and summary are left: cut whole lines, and say so.
    const note = '\n\n_… truncated, see the full report._\n';
    const lines = text.split('\n');
    let out = '';
    for (const line of lines) {
      if (out.length + line.length + 1 + note.length > maxChars) break;
      out += `${line}\n`;
    }
    text = out.trimEnd() + note;
  }
  return text;
}
