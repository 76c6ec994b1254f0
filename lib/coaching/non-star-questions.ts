// Interview questions that are not asking for a story. STAR coaching would flag every answer to
// them (no Result, no metric), so a story under one of these gets its timing and a line that
// says why, nothing else. Recognised from the story's heading or the field's label.

export const NON_STAR_QUESTION_IDS = ['about-yourself', 'why-this-company', 'strengths-weaknesses', 'career-goals'] as const;
export type NonStarQuestionId = (typeof NON_STAR_QUESTION_IDS)[number];

export interface NonStarQuestion {
  id: NonStarQuestionId;
  label: string;
  variants: string[];
  pattern: RegExp;
  /** Why the answer gets timing only, in the panel's words. */
  reason: string;
}

export const NON_STAR_QUESTIONS: Record<NonStarQuestionId, NonStarQuestion> = {
  'about-yourself': {
    id: 'about-yourself',
    label: 'Tell me about yourself',
    variants: ['Tell me about yourself.', 'Walk me through your resume.', 'Introduce yourself.'],
    pattern: /\b(?:(?:tell|talk) (?:me|us) (?:a (?:little|bit) )?(?:more )?about yourself|walk (?:me|us) through your (?:resume|résumé|cv|background|career)|introduce yourself|describe yourself|about yourself)(?!\w)/i,
    reason: 'This question asks for a short pitch about you, not a story, so only its timing is shown. About a minute is a good length.',
  },
  'why-this-company': {
    id: 'why-this-company',
    label: 'Why this company or role',
    variants: ['Why this company?', 'Why do you want to work here?', 'Why should we hire you?'],
    pattern: /\bwhy (?:(?:this|our|the) (?:company|role|job|position|team|industry)|(?:do|would) you want (?:to (?:work|join)|this)|(?:are you|you're) (?:interested|applying)|(?:should we|would we|we should) hire you|us|here)(?!\w)|\bwhy do you want to (?:work|join)(?!\w)/i,
    reason: 'This question asks about your motives, not for a story, so only its timing is shown. Name what draws you to this place in particular.',
  },
  'strengths-weaknesses': {
    id: 'strengths-weaknesses',
    label: 'Strengths and weaknesses',
    variants: ['What is your greatest weakness?', 'What are your strengths?'],
    pattern: /^(?!.*\b(?:a time|an example|a situation)\b).*\b(?:(?:greatest|biggest|main|key|top) (?:weakness|strength)(?:es|s)?|(?:what (?:is|are|would you say (?:is|are)) your|your) (?:weakness|strength)(?:es|s)?)(?!\w)/i,
    reason: 'This question asks you to describe yourself, not to tell a story, so only its timing is shown. A short example can back your answer up.',
  },
  'career-goals': {
    id: 'career-goals',
    label: 'Career goals',
    variants: ['Where do you see yourself in five years?', 'What are your career goals?'],
    pattern: /\b(?:where do you see yourself|(?:your|what are your) (?:career|long-term|professional) (?:goals?|plans?|aspirations?)|in (?:five|5|ten|10) years(?:' time)?\?)(?!\w)/i,
    reason: 'This question asks about your plans, not for a story, so only its timing is shown.',
  },
};

/** The non-story question a heading or label names, if any. */
export function detectNonStarQuestion(text: string | undefined): NonStarQuestionId | undefined {
  if (!text) return undefined;
  return NON_STAR_QUESTION_IDS.find((id) => NON_STAR_QUESTIONS[id].pattern.test(text));
}
