// Cues for outcomes told without the speaker as the doer: "conversion held steady",
// "support handled them in minutes instead of hours", "errors went from 9% to zero".
type Cue = [RegExp, number];

const NUMBER = String.raw`(?:about |around |roughly |nearly |almost |over |under )?(?:[$€£¥]\s?)?\d[\d,.]*\s?%?`;

export const OUTCOME_CUES: Cue[] = [
  // Before → after figures, whatever the verb: "from about 60 to 15 a week".
  // Not a change found while digging: "teams had raised retention from 3 to 7 days".
  [new RegExp(String.raw`(?<!\bhad\b[^.;,]{0,40})\bfrom ${NUMBER}[^.;]{0,30}? to (?:${NUMBER}|zero|none|under|below|less than|just)`, 'i'), 2],
  // A comparison with how long it used to take: "in a day instead of three".
  [/\b(?:in|within) [^.;,]{0,30}?\binstead of (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|hours|days|weeks|months|minutes)(?!\w)/i, 1.5],
  // Money or time kept, avoided or protected by what was done.
  [/\b(?:avoiding|saving|preventing|protecting|recovering|(?:which|that|and) (?:saved|kept|protected|avoided|prevented|recovered))(?!\w)[^.;]{0,30}?(?:[$€£¥]\s?\d|\d)/i, 2],
  [/\bgot (?:their|its|our|his|her|the) [^.;]{0,30}?\bback\b|\b(?:held|stayed|remained) (?:steady|stable|flat|level)(?!\w)/i, 2],
  [/\bin a (?:much |far |lot |way )?(?:better|healthier|good|great|stronger|safer) (?:place|shape|state|position)(?!\w)/i, 2],
  [/\bled to (?:a |an )?(?:\d|more|fewer|less|higher|lower|faster)/i, 1.5],
  // Counted things changing: "23 orphaned datasets got owners".
  [/\b\d[\d,.]*%? (?:of )?(?:[a-z-]+ ){0,2}[a-z]+s (?:got|went|became|dropped|fell|rose|were (?:fixed|resolved|closed|back))(?!\w)/i, 1.5],
  // A lasting effect told in the present: "which now keeps a registry".
  [/\b(?:which|that|it|they|team|everyone) now [a-z]+s\b/i, 1],
];
