import type { Rule } from './types';

// TODO(rules helper): implement.
const rule: Rule = {
  id: 'situation-too-long',
  severity: 'warning',
  message: '',
  why: '',
  check: () => [],
  examples: { flagged: [], passing: [] },
};

export default rule;
