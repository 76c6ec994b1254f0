import type { Rule } from './types';

// TODO(rules helper): implement.
const rule: Rule = {
  id: 'buried-outcome',
  severity: 'warning',
  message: '',
  why: '',
  check: () => [],
  examples: { flagged: [], passing: [] },
};

export default rule;
