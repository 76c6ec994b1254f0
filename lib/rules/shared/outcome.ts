import { memoByText } from '../../engine/memo';
import { precompiled } from '../../engine/precompiled';

// Verbs and phrases that report an outcome (something changed because of the work).
const OUTCOME =
  precompiled(/\b(?:as a result|resulted in|reduc(?:ed|ing)|cut(?:ting)?|went (?:from|down|up|to)|dropp(?:ed|ing)|fell|rose|increas(?:ed|ing)|decreas(?:ed|ing)|improv(?:ed|ing)|sav(?:ed|ing)|recover(?:ed|ing)|eliminat(?:ed|ing)|halv(?:ed|ing)|doubl(?:ed|ing)|tripl(?:ed|ing)|grew|lower(?:ed|ing)|boost(?:ed|ing)|raised|sped up|shorten(?:ed|ing)|prevent(?:ed|ing)|avoid(?:ed|ing)|protect(?:ed|ing)|won|retain(?:ed|ing)|delivered|shipped|launched|resolved|restor(?:ed|ing)|brought (?:\w+ ){0,3}(?:down|back|up)|came back|stopped|went away|disappeared|vanished|(?:is|was|were|are) back|back to normal|no longer|zero|down from|up from|compared (?:to|with)|than before)(?!\w)/i);

// "instead of three days" measures a change; "instead of cancelling" only names an alternative.
const INSTEAD_OF_FIGURE = precompiled(/\binstead of (?:about |around |the )?(?:(?:a|an) (?:hour|day|week|month|sprint|quarter|year)(?!\w)|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|hours|days|weeks|months|minutes|(?:day|week|month|sprint) \w+)/i);

// A before-and-after figure reports a change whatever the verb: "taking it from 3 failures a week to 99.8% on time", "8 s → 1 s".
const FIGURE_DELTA = precompiled(/\bfrom (?:[\w$€£~-]+ ){0,3}?[$€£~]?\d[^.;:]{0,60}?\bto\b|\bfrom\b[^.;:]{1,60}?\bto (?:[\w~-]+ ){0,3}?[$€£~<]?(?:\d|zero\b|none\b)|\d[^.;]{0,8}?(?:->|→|=>|⟶|➝)\s?(?:[a-z]+\s)?[<>~≈]?\s?\d/i);
// A cheap test first: FIGURE_DELTA is slow to rule out, and needs "from" or an arrow.
const MAY_BE_DELTA = /from|[-=]>|[→⟶➝]/i;

// An unmeasured change is still an outcome (a vague one): "the backlog was in a much healthier place", "releases felt smoother".
const BETTER_STATE =
  precompiled(/\b(?:(?:much|a lot|far|way|significantly|noticeably|considerably|visibly) (?:better|healthier|smoother|faster|quicker|calmer|easier|cleaner|more (?:stable|reliable|predictable))|(?:was|were|got|felt|became|ran) (?:\w+ )?(?:smoother|healthier|faster|calmer|more (?:stable|reliable|predictable))|(?:was|were|is|are|came|stayed|back|got (?:it|them|things|(?:the|our) [\w-]+)) (?:\w+ )?under control|(?:in|into) (?:a |much )?(?:better|healthier|good|great) (?:place|shape|state))(?!\w)/i);

export const reportsOutcome = memoByText(
  (text: string): boolean => OUTCOME.test(text) || INSTEAD_OF_FIGURE.test(text) || (MAY_BE_DELTA.test(text) && FIGURE_DELTA.test(text)) || BETTER_STATE.test(text),
);
