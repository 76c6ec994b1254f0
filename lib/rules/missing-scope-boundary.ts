import type { Rule } from './types';

// TODO(rules helper): implement.
const rule: Rule = {
  id: 'missing-scope-boundary',
  severity: 'warning',
  message: '',
  why: '',
  check: () => [],
  examples: { flagged: [], passing: [] },
};

export default rule;
