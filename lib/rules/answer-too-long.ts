import type { Rule } from './types';

// TODO(rules helper): implement.
const rule: Rule = {
  id: 'answer-too-long',
  severity: 'warning',
  message: '',
  why: '',
  check: () => [],
  examples: { flagged: [], passing: [] },
};

export default rule;
