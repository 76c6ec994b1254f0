// Organizational thinking: beyond one's own code and team — other teams, process, ownership,
// shared targets, systemic causes.
export const ORGANIZATIONAL = new RegExp(
  [
    String.raw`\bSLOs?\b|\bSLAs?\b|\berror budgets?`,
    String.raw`\bacross (?:the )?(?:teams|orgs?|organi[sz]ation|company|departments|services|squads)\b|\bcross-(?:team|functional|org)`,
    String.raw`\b(?:other|every|all|each|both|several|multiple|two|three|four|five) (?:\w+ )?(?:teams|orgs|organi[sz]ations|departments|groups|squads)\b|\b(?:every|each) (?:\w+ )?(?:team|org|squad|department)\b|\bcross(?:es|ing)? (?:org|team|department) (?:lines|boundaries)\b`,
    String.raw`\bteams? (?:boundar(?:y|ies)|ownership|structure|adopted)\b|\bownership (?:model|gaps?|map|boundar(?:y|ies)|rules?)\b|\bno (?:clear )?owner(?:ship)?\b|\b(?:clear|explicit|named) owners?\b`,
    String.raw`\b(?:org|company|engineering|team)-?wide\b|\borgani[sz]ational\b|\bsystemic\b|\bincentives?\b`,
    String.raw`\bprocess (?:change|changes|gap|gaps|fix|problem)\b|\b(?:changed|fixed|improved|introduced|added|new|our|the) (?:\w+ )?(?:release|review|deploy(?:ment)?|on-?call|incident|hiring|planning|intake|escalation|approval|change[- ]management) (?:process|policy|path)\b`,
    String.raw`\b(?:team|org|company|engineering|on-?call|release|deploy(?:ment)?|escalation|review|security|incident|rollout|change|ownership) polic(?:y|ies)\b|\bpolic(?:y|ies) (?:that|requiring|for all|across)\b|`+
      String.raw`\bshared (?:infrastructure|resources?|services?|ownership|platforms?|components?|dependencies|configs?|configuration|libraries)\b|\bwho owns\b|\b(?:our|the) organi[sz]ation\b|\bculture\b|`+
      String.raw`\bthe (?!same\b)[\w-]+ (?:team|org|group|department|council|board|guild)s? (?:made|adopted|added|took|rolled|now|started|agreed|applied|copied|reused)\b|\bstandardi[sz]ed\b|\bstandard (?:for|across|in) (?:all|every|the)\b|\bmade (?:it |this |that )?(?:the |a )?standard\b|`+
      String.raw`\b(?:our|the|my|their) (?:team|org|group|department|squad) now \w+|`+
      String.raw`\b(?:set up|introduced|started|created|established|instituted|launched) (?:a |an |the )?(?:[\w-]+ ){0,3}(?:review|sync|meeting|rotation|process|forum|triage|ritual|cadence|council|program|programme)s?\b|\b(?:a|an|the) (?:\w+ )?standard for\b|\bcoding standards\b|\bguidelines?\b|\bplaybooks?\b|\brunbooks?\b`,
    String.raw`\bincident reviews?\b|\bpost-?mortems?\b|\bretrospectives?\b|\bRFCs?\b|\bdesign reviews?\b|\bengineering reviews?\b|\b(?:release|deploy(?:ment)?|launch|on-?call|review) checklists?\b|\bgot (?:the |their |another |other )?(?:\w+ ){0,2}teams? to\b|\barchitecture reviews?\b|\breview board\b|\bworking group\b|\bguild\b|\bgovernance\b|\broadmaps?\b|\bquarterly planning\b|\bheadcount\b|\bstaffing\b`,
    String.raw`\b(?:adopted|rolled out|reused|picked up|copied) (?:by|to|across|in) (?:the |their |other |every |all )?(?:\w+ )?(?:teams?|orgs?|organi[sz]ation|company|services)\b`,
    String.raw`\b(?:other|several|multiple|two|three|four|five|\d+) (?:\w+ ){0,2}(?:teams|launches|projects|squads|orgs|groups|departments|offices|regions) (?:have |has |had )?(?:now |since )?(?:used|adopted|reused|copied|followed|picked up)\b`,
    String.raw`\b(?:asked|convinced|persuaded|briefed|pitched|escalated to|got|brought) (?:it to )?(?:the |our )?(?:CFO|CEO|CTO|COO|CPO|VP|VPs|director|directors|head of \w+|leadership|exec(?:utive)?s?)\b`,
    String.raw`\binfluenced\b|\b(?:aligned|convinced|negotiated|persuaded|brought together|got buy-in from)\b[^.]{0,60}\bteams?\b`,
  ].join('|'),
  'i',
);

export function hasOrganizationalInsight(text: string): boolean {
  return ORGANIZATIONAL.test(text);
}
