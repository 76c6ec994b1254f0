// Plain text of a contenteditable root, with a map from text offsets back to DOM positions,
// so that apply and reveal land exactly on the analyzed range.
//
// Blocks (paragraphs, list items, headings…) are joined with "\n"; <br> inside a block is "\n";
// a block's trailing <br> (the editors' placeholder for an empty line) adds nothing more.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG']);
// Caret placeholders some editors keep in the DOM (Quill's cursor, Slate's zero-width spans).
const INVISIBLE = /[\uFEFF\u200B]/;
const ONLY_INVISIBLE = /^[\uFEFF\u200B]+$/;

/** A run of `text` that is a slice of one DOM text node. */
interface Segment {
  start: number;
  node: Text;
  /** Offset in `node.data` where the run starts. */
  nodeOffset: number;
  length: number;
}

export interface RichText {
  text: string;
  segments: Segment[];
}

export function readRichText(root: Node): RichText {
  const out = { text: '', segments: [] as Segment[] };
  let needBreak = false; // a block ended or began: the next content starts a new line
  let lineOpen = false; // something was written since the last block boundary

  const write = (chunk: string, node?: Text, nodeOffset = 0) => {
    if (needBreak) {
      if (out.text.length > 0 || lineOpen) out.text += '\n';
      needBreak = false;
    }
    if (node) out.segments.push({ start: out.text.length, node, nodeOffset, length: chunk.length });
    out.text += chunk;
    lineOpen = true;
  };

  const writeTextNode = (node: Text) => {
    const data = node.data;
    if (!data.trim() && data.includes('\n') && (needBreak || !lineOpen)) return; // markup indentation between blocks
    let from = 0;
    for (let i = 0; i <= data.length; i++) {
      if (i < data.length && !INVISIBLE.test(data[i]!)) continue;
      if (i > from) write(data.slice(from, i).replace(/\u00A0/g, ' '), node, from);
      from = i + 1;
    }
  };

  // Counts <br>s not yet written, so that a block can drop its trailing one.
  const walk = (node: Node, pendingBreaks: { count: number }) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child instanceof Text) {
        if (!child.data || ONLY_INVISIBLE.test(child.data)) continue;
        flushBreaks(pendingBreaks);
        writeTextNode(child);
      } else if (child instanceof Element) {
        const tag = child.tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag)) continue;
        if (tag === 'BR') {
          pendingBreaks.count++;
          continue;
        }
        if (BLOCK_TAGS.has(tag)) {
          flushBreaks(pendingBreaks);
          walkBlock(child);
        } else walk(child, pendingBreaks);
      }
    }
  };

  const flushBreaks = (pending: { count: number }) => {
    for (; pending.count > 0; pending.count--) write('\n');
  };

  const walkBlock = (block: Node) => {
    if (lineOpen) needBreak = true;
    const pending = { count: 0 };
    const before = out.text.length;
    walk(block, pending);
    if (pending.count > 0) {
      // An empty block still is a line; a trailing <br> after text is only the editor's filler.
      pending.count--;
      if (out.text.length === before) write('');
      flushBreaks(pending);
    }
    if (lineOpen) needBreak = true;
  };

  const top = { count: 0 };
  walk(root, top);
  if (top.count > 1) {
    top.count--;
    flushBreaks(top);
  }
  return out;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * The DOM position of text offset `offset`. An offset on a synthetic line break resolves
 * forward (`bias` 'start') or backward ('end') to the nearest real text.
 */
export function domPoint(rich: RichText, offset: number, bias: 'start' | 'end'): DomPoint | null {
  const { segments } = rich;
  let previous: Segment | undefined;
  for (const seg of segments) {
    const end = seg.start + seg.length;
    const inside = bias === 'start' ? offset >= seg.start && offset < end : offset > seg.start && offset <= end;
    if (inside) return { node: seg.node, offset: seg.nodeOffset + offset - seg.start };
    if (seg.start >= offset) {
      if (bias === 'start') return { node: seg.node, offset: seg.nodeOffset };
      break;
    }
    previous = seg;
  }
  if (previous) return { node: previous.node, offset: previous.nodeOffset + previous.length };
  const last = segments[segments.length - 1];
  return last ? { node: last.node, offset: last.nodeOffset + last.length } : null;
}

/** A DOM Range covering text offsets [start, end), or null when the text holds no such run. */
export function domRange(rich: RichText, start: number, end: number): Range | null {
  const from = domPoint(rich, start, 'start');
  const to = start === end ? from : domPoint(rich, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM position inside the root (a selection's end): the inverse of `domPoint`. */
export function textOffset(rich: RichText, node: Node, offset: number): number {
  for (const seg of rich.segments) {
    if (seg.node === node && offset >= seg.nodeOffset && offset <= seg.nodeOffset + seg.length) return seg.start + offset - seg.nodeOffset;
  }
  // A position between elements: the first text at or after it.
  const at = node.childNodes[offset] ?? node;
  const next = rich.segments.find((seg) => at === seg.node || at.contains(seg.node) || at.compareDocumentPosition(seg.node) & Node.DOCUMENT_POSITION_FOLLOWING);
  return next?.start ?? rich.text.length;
}
