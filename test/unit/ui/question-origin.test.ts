import { describe, expect, it } from 'vitest';
import { questionOrigin } from '@/lib/ui/question-origin';

describe('where a story’s question came from', () => {
  it('says the user chose it for that story', () => {
    expect(questionOrigin({ title: 'Q1: Conflict with Dana', question: 'leadership' }, 0, { 'Q1: Conflict with Dana': 'leadership' }, undefined)).toBe('chosen');
  });
  it('says the heading named it, before the field label', () => {
    expect(questionOrigin({ title: 'Q1: A conflict with a colleague', question: 'conflict' }, 0, {}, 'production-incident')).toBe('heading');
  });
  it('says the field’s label named it', () => {
    expect(questionOrigin({ question: 'production-incident' }, 0, undefined, 'production-incident')).toBe('label');
    expect(questionOrigin({ question: 'general' }, 0, undefined, undefined)).toBe('none');
  });
});
