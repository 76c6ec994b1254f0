import type { Rule } from './types';

// TODO(rules helper): implement.
const rule: Rule = {
  id: 'missing-org-insight',
  severity: 'warning',
  message: '',
  why: '',
  check: () => [],
  examples: { flagged: [], passing: [] },
};

export default rule;
