// Vite plugin: each rule carries its flagged and passing examples for the tests and the trainer
// (lib/rules/types.ts), about 80 kB of answer text that the extension never reads. The build ships
// every rule with empty examples, which keeps the background bundle inside its 600 kB budget.
// Tests, the trainer and the command line read the rules from source, examples included.
import type { Plugin } from 'vite';

const RULE_FILE = /[\\/]lib[\\/]rules[\\/][a-z-]+\.ts$/;
// Every rule file ends with its examples, then the rule object closes and is exported.
const EXAMPLES_TO_END = /\n {2}examples: \{[\s\S]*\n {2}\},\n\};\n\nexport default rule;\n?$/;
const EMPTY = '\n  examples: { flagged: [], passing: [] },\n};\n\nexport default rule;\n';

/** The rule's source with its examples emptied; other source as it is. */
export function withoutExamples(code: string): string {
  return code.replace(EXAMPLES_TO_END, EMPTY);
}

export function stripRuleExamples(): Plugin {
  return {
    name: 'star-coach:strip-rule-examples',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!RULE_FILE.test(id) || !code.includes('export default rule')) return null;
      const stripped = withoutExamples(code);
      if (stripped === code) this.warn(`${id}: a rule whose examples do not end the file ships them`);
      return { code: stripped, map: null };
    },
  };
}
