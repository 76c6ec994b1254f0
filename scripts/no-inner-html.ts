// Vite plugin: STAR Coach never renders HTML from data (SPEC §7), so React's one path that writes
// `innerHTML` (dangerouslySetInnerHTML) is compiled to a throw. That makes the promise hold by
// construction, and leaves Firefox's add-on linter no unsafe assignment to warn about.
import type { Plugin } from 'vite';

const REACT_DOM = /react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;
const ASSIGNMENT = /\(domElement\.innerHTML = key\);/g;

export function noInnerHtml(): Plugin {
  return {
    name: 'star-coach:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!REACT_DOM.test(id)) return null;
      const replaced = code.replace(ASSIGNMENT, '(() => { throw Error("STAR Coach renders no HTML from data."); })();');
      if (replaced === code) this.warn('react-dom changed: no innerHTML assignment found to disable');
      return { code: replaced, map: null };
    },
  };
}
