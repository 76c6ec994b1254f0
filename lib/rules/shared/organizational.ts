import { memoByText } from '../../engine/memo';

// Organizational thinking: beyond one's own code and team — other teams, process, ownership,
// shared targets, systemic causes. Kept as small patterns: one big alternation compiles slowly.
const TEAMS = String.raw`(?:teams|orgs|organi[sz]ations|departments|groups|squads)`;

const ORGANIZATIONAL: readonly RegExp[] = [
  // Shared targets.
  /\bSLOs?\b|\bSLAs?\b|\berror budgets?\b/i,
  // Across and between teams.
  /\bacross (?:the )?(?:teams|orgs?|organi[sz]ation|company|departments|services|squads)(?!\w)|\bcross-(?:team|functional|org)(?!\w)|\bcross(?:es|ing)? (?:org|team|department) (?:lines|boundaries)(?!\w)/i,
  new RegExp(String.raw`\b(?:other|every|all|each|both|several|multiple|two|three|four|five) (?:\w+ )?${TEAMS}\b|\b(?:every|each) (?:\w+ )?(?:team|org|squad|department)(?!\w)`, 'i'),
  // Ownership.
  /\bteams? (?:boundar(?:y|ies)|ownership|structure|adopted)(?!\w)|\bownership (?:model|gaps?|map|boundar(?:y|ies)|rules?)(?!\w)|\bno (?:clear )?owner(?:ship)?\b|\b(?:clear|explicit|named) owners?\b|\bwho owns\b/i,
  // The system around the code.
  /\b(?:org|company|engineering|team)-?wide\b|\borgani[sz]ational\b|\b(?:our|the) organi[sz]ation\b|\bsystemic\b|\bincentives?\b|\bculture\b|\bshared (?:infrastructure|resources?|services?|ownership|platforms?|components?|dependencies|configs?|configuration|libraries)(?!\w)/i,
  // Process and policy.
  /\bprocess (?:change|changes|gap|gaps|fix|problem)(?!\w)|\b(?:changed|fixed|improved|introduced|added|new|our|the) (?:\w+ )?(?:release|review|deploy(?:ment)?|on-?call|incident|hiring|planning|intake|escalation|approval|change[- ]management) (?:process|policy|path)(?!\w)/i,
  /\b(?:team|org|company|engineering|on-?call|release|deploy(?:ment)?|escalation|review|security|incident|rollout|change|ownership) polic(?:y|ies)(?!\w)|\bpolic(?:y|ies) (?:that|requiring|for all|across)(?!\w)/i,
  /\bstandardi[sz]ed\b|\bstandard (?:for|across|in) (?:all|every|the)(?!\w)|\bmade (?:it |this |that )?(?:the |a )?standard\b|\b(?:a|an|the) (?:\w+ )?standard for\b|\bcoding standards\b|\bguidelines?\b|\bplaybooks?\b|\brunbooks?\b/i,
  /\b(?:set up|introduced|started|created|established|instituted|launched) (?:a |an |the )?(?:[\w-]+ ){0,3}(?:review|sync|meeting|rotation|process|forum|triage|ritual|cadence|council|program|programme)s?\b/i,
  /\bincident reviews?\b|\bpost-?mortems?\b|\bretrospectives?\b|\bRFCs?\b|\b(?:design|engineering|architecture) reviews?\b|\b(?:release|deploy(?:ment)?|launch|on-?call|review) checklists?\b|\breview board\b|\bworking group\b|\bguild\b|\bgovernance\b|\broadmaps?\b|\bquarterly planning\b|\bheadcount\b|\bstaffing\b/i,
  // Other teams taking something up.
  /\bthe (?!same\b)[\w-]+ (?:team|org|group|department|council|board|guild)s? (?:adopted|added|rolled|now|agreed|applied|copied|reused|made (?:[\w-]+ ){0,4}(?:part of|standard|mandatory|the default|required))(?!\w)|\b(?:our|the|my|their) (?:team|org|group|department|squad) now \w+/i,
  /\b(?:adopted|rolled out|reused|picked up|copied) (?:by|to|across|in) (?:the |their |other |every |all )?(?:\w+ )?(?:teams?|orgs?|organi[sz]ation|company|services)(?!\w)/i,
  /\b(?:other|several|multiple|two|three|four|five|\d+) (?:\w+ ){0,2}(?:teams|launches|projects|squads|orgs|groups|departments|offices|regions) (?:have |has |had )?(?:now |since )?(?:used|adopted|reused|copied|followed|picked up)(?!\w)/i,
  // Named owners and decision bodies: "a named backup owner per service", "the architecture forum chose…", "our engineering leads agreed".
  /\b(?:named|designated|dedicated|accountable|single|backup) (?:[\w-]+ )?owners?\b|\bowner (?:per|for (?:each|every))(?!\w)/i,
  /\b(?:architecture|engineering|technical|tech|design|steering|platform|infra(?:structure)?|security|data) (?:forum|council|committee|board|guild|working group|review)s?\b|\b(?:forum|council|committee|steering group)(?!\w)/i,
  /\b(?:engineering |tech |team |other |product )?(?:leads|leadership|managers|directors|heads of \w+)(?!\w)[^.;]{0,20}?\b(?:agreed|approved|signed off|endorsed|adopted|backed)(?!\w)/i,
  // Influence.
  /\bgot (?:the |their |another |other )?(?:\w+ ){0,2}teams? to\b|\binfluenced\b|\b(?:aligned|convinced|negotiated|persuaded|brought together|got buy-in from)(?!\w)[^.;]*?\bteams?\b/i,
  /\b(?:asked|convinced|persuaded|briefed|pitched|escalated to|got|brought) (?:it to )?(?:the |our )?(?:CFO|CEO|CTO|COO|CPO|VPs?|directors?|head of \w+|leadership|exec(?:utive)?s?)(?!\w)/i,
];

export const hasOrganizationalInsight = memoByText((text: string): boolean => ORGANIZATIONAL.some((re) => re.test(text)));
