// Marks in the page: the flagged sentences underlined in the user's own field, without changing
// the field. Rich editors get the CSS Custom Highlight API (their DOM is never touched); a
// textarea gets a see-through copy of its text laid over it, kept in place on scroll and resize.
// Hovering a mark, or reaching it with the caret, names the finding; a click asks the panel to
// open it. The ranges come from the background's Report: nothing is analyzed here.
import type { Mark } from '../messaging';
import { isValueField, type Field } from './field-root';
import { domRange, readRichText } from './rich-text';

const NAME = 'star-coach';
const LINE = 'underline wavy #d97706';
// What decides where a textarea's text wraps: copied onto the overlay so its lines match.
const COPIED = [
  'font', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'tabSize', 'direction',
  'padding', 'borderStyle', 'borderWidth', 'boxSizing', 'whiteSpace', 'overflowWrap', 'wordBreak', 'textAlign',
] as const;

interface Shown {
  field: Field;
  marks: Mark[];
  /** Per mark, what its boxes are read from: a DOM Range, or the overlay's span. */
  boxes: { getClientRects(): DOMRectList }[];
}

export interface FieldMarks {
  show(field: Field, marks: Mark[]): void;
  clear(): void;
  /** Names the mark under the caret, if any. */
  caretAt(offset: number): void;
}

export function createMarks(doc: Document, onOpen: (mark: Mark) => void): FieldMarks {
  const win = doc.defaultView!;
  const host = doc.createElement('star-coach-marks');
  // Open: it holds only the page's own text and our labels, and tests can read the tooltip.
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `.o,.t{position:fixed;pointer-events:none;z-index:2147483647}.o{overflow:hidden;color:transparent;margin:0;border-color:transparent}.o s{text-decoration:${LINE};text-decoration-skip-ink:none}.t{max-width:320px;padding:4px 8px;border-radius:6px;background:#1f2937;color:#fff;font:12px/1.4 system-ui,sans-serif}`;
  const overlay = doc.createElement('div');
  const tip = doc.createElement('div');
  overlay.className = 'o';
  tip.className = 't';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = overlay.hidden = true;
  root.append(style, overlay, tip);
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(`::highlight(${NAME}){text-decoration:${LINE};text-decoration-skip-ink:none}`);
  let shown: Shown | null = null;
  const resized = new ResizeObserver(() => place());

  const hideTip = () => (tip.hidden = true);
  const showTip = (i: number, rect: DOMRect) => {
    tip.textContent = shown!.marks[i]!.label;
    tip.style.left = `${rect.left}px`;
    tip.style.top = `${rect.bottom + 4}px`;
    tip.hidden = false;
  };

  // The overlay sits exactly over the textarea and scrolls with it.
  const place = () => {
    if (!shown || !isValueField(shown.field)) return;
    const f = shown.field;
    const r = f.getBoundingClientRect();
    Object.assign(overlay.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    overlay.scrollTop = f.scrollTop;
    overlay.scrollLeft = f.scrollLeft;
  };

  const hit = (x: number, y: number): [number, DOMRect] | null => {
    for (const [i, box] of (shown?.boxes ?? []).entries()) {
      for (const r of box.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) return [i, r];
    }
    return null;
  };

  const onMove = (e: MouseEvent) => {
    const found = hit(e.clientX, e.clientY);
    if (found) showTip(...found);
    else hideTip();
  };
  const onClick = (e: MouseEvent) => {
    const found = hit(e.clientX, e.clientY);
    if (found && e.isTrusted) onOpen(shown!.marks[found[0]]!);
  };
  const onScroll = () => {
    hideTip();
    place();
  };

  const clear = () => {
    if (!shown) return;
    resized.disconnect();
    doc.removeEventListener('mousemove', onMove, true);
    doc.removeEventListener('click', onClick, true);
    win.removeEventListener('scroll', onScroll, true);
    win.CSS.highlights?.delete(NAME);
    overlay.replaceChildren();
    overlay.hidden = true;
    hideTip();
    shown = null;
  };

  return {
    show(field, marks) {
      clear();
      if (!marks.length) return;
      if (!host.isConnected) doc.documentElement.append(host);
      let boxes: Shown['boxes'];
      if (isValueField(field)) {
        const css = win.getComputedStyle(field);
        for (const p of COPIED) overlay.style[p] = css[p];
        let at = 0;
        const parts: (string | HTMLElement)[] = [];
        boxes = marks.map((m) => {
          const s = doc.createElement('s');
          s.textContent = field.value.slice(m.start, m.end);
          parts.push(field.value.slice(at, m.start), s);
          at = m.end;
          return s;
        });
        // A trailing space keeps a last empty line as tall as the textarea's.
        overlay.replaceChildren(...parts, `${field.value.slice(at)} `);
        overlay.hidden = false;
      } else {
        if (!win.CSS.highlights) return;
        const rich = readRichText(field);
        boxes = marks.map((m) => domRange(rich, m.start, m.end)).filter((r): r is Range => !!r);
        if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
        win.CSS.highlights.set(NAME, new win.Highlight(...(boxes as Range[])));
      }
      shown = { field, marks, boxes };
      place();
      resized.observe(field);
      doc.addEventListener('mousemove', onMove, true);
      doc.addEventListener('click', onClick, true);
      win.addEventListener('scroll', onScroll, true);
    },
    clear,
    caretAt(offset) {
      const i = shown?.marks.findIndex((m) => offset >= m.start && offset <= m.end) ?? -1;
      const rect = i < 0 ? undefined : shown!.boxes[i]?.getClientRects()[0];
      if (rect) showTip(i, rect);
      else hideTip();
    },
  };
}
