import { memoByText } from '../../engine/memo';
import { precompiled } from '../../engine/precompiled';

// Organizational thinking: beyond one's own code and team — other teams, process, ownership,
// shared targets, systemic causes. Two lists: what the work changed in the organization (also a
// second-order effect), and insight that changes nothing by itself (a cause, a dispute between
// teams). Kept as small patterns: one big alternation compiles slowly.
const TEAMS = String.raw`(?:teams|orgs|organi[sz]ations|departments|groups|squads|offices|business units|(?:team |engineering |tech )?(?:leads|managers))`;
// Functions of a company, which meet only at the organizational level.
const FUNCTION = String.raw`(?:product|sales|marketing|support|finance|engineering|design|operations|ops|legal|compliance|security|data|QA|HR|purchasing|procurement|manufacturing|accounting|customer success)`;
// Units above one team: "the wider ML org", "the platform group", "the whole company".
const UNIT = String.raw`(?:orgs?|organi[sz]ations?|departments?|divisions?|groups?|company|business units?|teams)`;
// Areas of process that belong to the organization rather than to one change.
const PROCESS_AREA = String.raw`(?:release|review|deploy(?:ment)?|on-?call|incident|hiring|planning|intake|escalation|approval|change[- ]management|prioriti[sz]ation|estimation|budgeting|roadmap(?:ping)?|handoff|hand-off|triage|sign-?off|support|vendor|procurement|launch)`;

const ORGANIZATIONAL: readonly RegExp[] = [
  // Ownership.
  /\bteams? (?:boundar(?:y|ies)|ownership|structure|adopted)(?!\w)|\bownership (?:model|map|boundar(?:y|ies)|rules?)(?!\w)|\b(?:clear|explicit|named) owners?\b/i,
  // The system around the code.
  // Naming something systemic after the setup: in answers it comes with what was changed about it.
  /\bsystemic(?:ally)?\b|\b(?:org|company|engineering|team)-?wide\b|\bshared (?:infrastructure|resources?|services?|ownership|platforms?|components?|dependencies|configs?|configuration|libraries)(?!\w)/i,
  // A shared target put in place: "defined an SLO with the API's consumers".
  /\b(?:set|set up|defined|introduced|added|agreed(?: on)?|created|proposed|wrote|published) (?:[\w-]+ ){0,3}(?:SLOs?|SLAs?|error budgets?)(?!\w)/i,
  // Process and policy.
  new RegExp(String.raw`\bprocess (?:change|changes|gap|gaps|fix|problem)(?!\w)|\b(?:changed|fixed|improved|introduced|added|new|our|the) (?:\w+ )?${PROCESS_AREA} (?:process|policy|path|rules?|template|cycle|workflow|criteria)(?!\w)`, 'i'),
  // A change to how the organization works: "a change to the planning process", "changed how we plan quarters".
  new RegExp(String.raw`\b(?:changes?|amendments?|updates?) to (?:the |our |their )?(?:\w+ )?${PROCESS_AREA}\b|\b(?:change[sd]?|changing|rework(?:ed)?|redesign(?:ed)?|rethink|rethought|fix(?:ed)?|reshap(?:e|ed)|improv(?:e|ed)) (?:to |in )?how (?:we|teams|every team|(?:the|our) (?:[\w-]+ )?(?:team|org|company|department)s?) (?:\w+ )?(?:plan|prioriti|estimat|staff|scop|hand|review|releas|triag|budget|onboard|run|shar|own|ship|deploy|decid|escalat)\w*`, 'i'),
  new RegExp(String.raw`\b${PROCESS_AREA}(?: (?:process|policy|rules?|template|cycle|checklist|reviews?))? (?:now|since then) (?:\w+s|has|requires|includes)(?!\w)`, 'i'),
  /\b(?:change[sd]?|changing|updated?|updating|rewr(?:o|i)te|amend(?:ed)?|introduced?|new) (?:the |our |a |an |their )?(?:[\w-]+ ){0,2}polic(?:y|ies)(?!\w)/i,
  /\b(?:default|standard|norm|template|pattern) (?:for|across|in) (?:the )?(?:whole |entire |wider |rest of the )?(?:company|org|organi[sz]ation|department|division|all teams|every team|other teams)(?!\w)/i,
  // A rule set for everyone: "made it a rule that every service…", "a new rule that no release…".
  /\bmade (?:it )?a rule\b|\b(?:team|org|company|engineering)-wide rule\b|\brule (?:that|for) (?:every|all|each|no) (?:[\w-]+ )?(?:teams?|services?|releases?|changes?|squads?|launch(?:es)?|projects?)(?!\w)/i,
  /\b(?:team|org|company|engineering|on-?call|release|deploy(?:ment)?|escalation|review|security|incident|rollout|change|ownership) polic(?:y|ies)(?!\w)|\bpolic(?:y|ies) (?:that|requiring|for all|across)(?!\w)/i,
  /\bstandardi[sz]ed\b|\bstandard (?:for|across|in) (?:all|every|the)(?!\w)|\b(?:made (?:it |this |that )?|became |is now |adopted as )(?:the |a |our )?(?:[\w-]+ )?standard\b|\b(?:a|an|the) (?:\w+ )?standard for\b|\bcoding standards\b|\bguidelines?\b|\bplaybooks?\b|\brunbooks?\b|\b(?:engineering |team |company )?handbook\b|\bonboarding (?:for|of) (?:every|all|each) new\b/i,
  /\b(?:set up|introduced|started|created|established|instituted|launched|proposed|pushed for|pushed to add|advocated for|lobbied for|made the case for) (?:a |an |the )?(?:[\w-]+ ){0,3}(?:review|sync|meeting|rotation|process|forum|triage|ritual|cadence|council|program|programme)s?\b/i,
  /\bincident reviews?\b|\bpost-?mortems?\b|\bretrospectives?\b|\bRFCs?\b|\b(?:design|engineering|architecture) reviews?\b|\b(?:release|deploy(?:ment)?|launch|on-?call|review) checklists?\b|\breview board\b|\bworking group\b|\bguild\b|\bgovernance\b|\bquarterly planning\b/i,
  // Other teams taking something up.
  // "what the wider ML org uses", "the platform group has since adopted it", "used across the data department".
  // A present tense alone ("our company uses Jira") is context; it is adoption only with "now"/"since" or a wider unit.
  new RegExp(String.raw`\b(?:the|our|another|other|every|each) (?:wider |whole |broader |entire |rest of the )?(?:[\w-]+ ){0,2}${UNIT} (?:(?:now|since|also|then|later|has|have|had|all) )*(?:adopted|took (?:it |them |this )?(?:up|over)|picked (?:it )?up|copied|reused|standardi[sz]ed on|rolled (?:it )?out)(?!\w)`, 'i'),
  new RegExp(String.raw`\b(?:(?:the|our) (?:wider|whole|broader|entire|rest of the) (?:[\w-]+ ){0,2}${UNIT}|(?:another|other|every|each) (?:[\w-]+ ){0,2}${UNIT}) (?:(?:now|since|also|all) )*(?:uses?|relies on|runs|follows|switched to|moved to|migrated to)(?!\w)|\b(?:the|our) (?:[\w-]+ ){0,2}${UNIT} (?:(?:also|all) )?(?:now|since) (?:uses?|relies on|runs|follows)(?!\w)`, 'i'),
  new RegExp(String.raw`\b(?:used|adopted|followed|taken up|picked up|copied|reused|rolled out) (?:by|across|throughout|in) (?:the |our |every |all |other |another )(?:wider |whole |broader |entire |rest of the )?(?:[\w-]+ ){0,2}${UNIT}(?!\w)`, 'i'),
  /\bthe (?!same\b)[\w-]+ (?:team|org|group|department|council|board|guild)s? (?:adopted|added|rolled|now|agreed|applied|copied|reused|made (?:[\w-]+ ){0,4}(?:part of|standard|mandatory|the default|required))(?!\w)|\b(?:our|the|my|their) (?:team|org|group|department|squad) now \w+/i,
  /\b(?:adopted|rolled out|reused|picked up|copied) (?:by|to|across|in) (?:the |their |other |every |all )?(?:\w+ )?(?:teams?|orgs?|organi[sz]ation|company|services)(?!\w)/i,
  /\b(?:other|several|multiple|two|three|four|five|\d+) (?:\w+ ){0,2}(?:teams|launches|projects|squads|orgs|groups|departments|offices|regions) (?:have |has |had )?(?:now |since )?(?:used|adopted|reused|copied|followed|picked up)(?!\w)/i,
  // Named owners and decision bodies: "a named backup owner per service", "the architecture forum chose…", "our engineering leads agreed".
  /\b(?:named|designated|dedicated|accountable|single|backup) (?:[\w-]+ )?owners?\b|\bowner (?:per|for (?:each|every))(?!\w)/i,
  /\b(?:architecture|engineering|technical|tech|design|steering|platform|infra(?:structure)?|security|data) (?:forum|council|committee|board|guild|working group|review)s?\b|\b(?:forum|council|committee|steering group)(?!\w)/i,
  /\b(?:engineering |tech |team |other |product )?(?:leads|leadership|managers|directors|heads of \w+)(?!\w)[^.;]{0,20}?\b(?:agreed|approved|signed off|endorsed|adopted|backed)(?!\w)/i,
  // Ownership moved on purpose: "handed ownership of the job to the data team", "ownership now sits with…".
  /\b(?:assigned|gave|handed|transferred|moved|clarified|settled|defined|agreed) (?:(?:the|clear|explicit|long-term) )?ownership\b|\bownership (?:of [\w -]{1,40}?)?(?:moved|transferred|passed|went|now sits|sits|was assigned)(?!\w)/i,
  // A requirement set for everyone: "made the check mandatory for all of their changes".
  /\bmade (?:it |them |this |that |both |the [\w-]+ (?:[\w-]+ )?)?(?:mandatory|required|compulsory|a requirement|the default) (?:for|across|in|on) (?:all|every|each|the whole|other)(?!\w)/i,
  // Taking the lesson to a wider audience.
  /\b(?:presented|shared|demoed|walked through) (?:it|this|that|the [\w-]+(?: [\w-]+)?|my [\w-]+(?: [\w-]+)?|our [\w-]+(?: [\w-]+)?) (?:at|to|with) (?:the |our |every |all |other )?(?:[\w-]+ )?(?:all-hands|town ?hall|guild|leadership|other teams|teams|org|organi[sz]ation|department|company|chapter)(?!\w)/i,
].map(precompiled);

/** Something organizational the work changed or reached: other teams, process, shared targets. Second-order effects count these. */
export const hasOrganizationalEffect = memoByText((text: string): boolean => ORGANIZATIONAL.some((re) => re.test(text)));

// Insight that is not an effect of the work: a systemic cause (the organization let it happen:
// nobody owned it, incentives, process, planning), or standing between two teams.
const CAUSE_FRAME = String.raw`(?:(?:root|deeper|underlying|real|bigger|broader|systemic) (?:cause|issue|problem|gap)|(?:the|a) (?:gap|reason|problem|issue) (?:was|is)|because|since|came down to|boiled down to|stemmed from|was caused by|traced (?:it |this |that )?(?:back )?to)`;
const ORG_GAP = String.raw`(?:(?:no (?:single )?(?:team|one|group|squad|owner)|nobody|no-one)(?: \w+){0,2} (?:own|responsib|accountab|was on the hook)|ownership|incentives?|silos?|misaligned|handoffs?|hand-offs?|between (?:the |two |both )?teams|${FUNCTION}\b[^.;]{0,50}\b${FUNCTION}|(?:our|the) (?:[\w-]+ )?(?:process|planning|roadmap|priorities|prioriti[sz]ation|staffing|headcount))`;
const INSIGHT_ONLY = [
  // Shared targets, other teams, ownership gaps and influence, named in passing.
  /\bSLOs?\b|\bSLAs?\b|\berror budgets?\b/i,
  // Across and between teams.
  /\bacross (?:the )?(?:teams|orgs?|organi[sz]ation|company|departments|services|squads)(?!\w)|\bcross-(?:team|functional|org)(?!\w)|\bcross(?:es|ing)? (?:org|team|department) (?:lines|boundaries)(?!\w)/i,
  new RegExp(String.raw`\b(?:other|every|all|each|both|several|multiple|two|three|four|five) (?:\w+ )?${TEAMS}\b|\b(?:every|each) (?:\w+ )?(?:team|org|squad|department)(?!\w)`, 'i'),
  /\bno (?:clear )?owner(?:ship)?\b|\bownership gaps?\b|\bwho owns\b/i,
  /\borgani[sz]ational\b|\b(?:our|the) organi[sz]ation\b|\bincentives?\b|\bculture\b|\broadmaps?\b|\bheadcount\b|\bstaffing\b/i,
  // Influence.
  /\bgot (?:the |their |another |other )?(?:\w+ ){0,2}teams? to\b|\binfluenced\b|\b(?:aligned|convinced|negotiated|persuaded|brought together|got buy-in from)(?!\w)[^.;]*?\bteams?\b/i,
  // Working a trade-off with another function: "negotiated the scope with product", "aligned the stakeholders".
  /\b(?:aligned|convinced|negotiated|persuaded|got buy-in from|agreed with|partnered with|brokered)(?!\w)[^.;]{0,40}?\b(?:product|PMs?|product managers?|stakeholders|sales|finance|legal|compliance|support|marketing|operations|ops|security|leadership|the business)(?!\w)|\btrade-?offs? (?:between|across|with) (?:the |our |two |both )?(?:[\w-]+ )?(?:teams?|orgs?|departments?|product|stakeholders)(?!\w)|\bdependenc(?:y|ies) (?:on|between) (?:the |another |other |two )?(?:[\w-]+ )?(?:teams?|orgs?|departments?)(?!\w)/i,
  /\b(?:asked|convinced|persuaded|briefed|pitched|escalated to|got|brought|presented|took|made the case to) (?:it |this |that |the (?:[\w-]+ ){0,3}|both (?:[\w-]+ ){0,2}|my (?:[\w-]+ ){0,2})?(?:to )?(?:the |our |my )?(?:skip-level|CFO|CEO|CTO|COO|CPO|VPs?|directors?|head of \w+|leadership|exec(?:utive)?s?)(?!\w)/i,
  // Working with another team or its leads toward something shared: "worked with the SRE team to define…",
  // "got agreement from the data and support leads", "made the case to leadership".
  /\b(?:worked|partnered|paired|coordinated|collaborated|teamed up|agreed|negotiated|set expectations|got (?:agreement|sign-?off|buy-in)|met)\s+(?:with|from)\s+(?!my\b|our\b)(?:the |their |other |another |both |two |three |every |each )?(?:[\w,'’-]+ (?:and )?){0,4}(?:teams?|orgs?|organi[sz]ation|leads|managers|owners|groups?|departments?)(?!\w)(?:[^.;]{0,40}?\b(?:to|so|on|about)(?!\w))/i,
  // Another function brought in to change a rule: "worked with purchasing to add a sign-off".
  new RegExp(String.raw`\b(?:worked|partnered|teamed up|coordinated) with (?:the |our )?${FUNCTION}(?: team| group| department)? to\b`, 'i'),
  /\bmade the case\b|\bmake the case\b|\bleads['’]? (?:sync|meeting|forum|review|channel|stand-?up)(?!\w)|\b(?:take|took|taking|takes) (?:over )?ownership\b/i,
  // Two functions or two leads at odds: "product and engineering had different definitions of done".
  new RegExp(String.raw`\b${FUNCTION} (?:and|vs\.?|versus) ${FUNCTION}\b(?! (?:team|lead|engineer|manager)(?!\w))|\b[\w-]+ lead and (?:the |our |their )?[\w-]+ lead\b|\b(?:different|conflicting|competing|misaligned|clashing) (?:priorities|goals|incentives|definitions|expectations|assumptions|roadmaps|targets)(?!\w)`, 'i'),
  // Settling something between teams: "both leads", "the mobile and backend teams", "mediated a dispute between…".
  /\b(?:both|two|three|the [\w-]+ and [\w-]+) (?:team |tech |engineering )?leads\b|\b(?:the |our )?[\w-]+ and [\w-]+ teams\b|\bbetween (?:the |our )?(?:two |both )?(?:[\w-]+ )?(?:teams|orgs|departments|squads)(?!\w)|\b(?:mediated|settled|resolved|arbitrated|brokered|facilitated|broke) (?:a |the |their )?(?:[\w-]+ )?(?:dispute|disagreement|argument|conflict|debate|stand-?off|deadlock|impasse) between\b/i,
  /\bfell (?:through the cracks|between (?:the |two )?(?:teams|cracks|chairs|stools))(?!\w)/i,
  new RegExp(String.raw`\b${CAUSE_FRAME}\b[^.;]{0,80}?\b${ORG_GAP}`, 'i'),
].map(precompiled);

/** Organizational thinking of any kind, for senior and staff answers: effects, systemic causes, work between teams. */
export const hasOrganizationalInsight = memoByText((text: string): boolean => hasOrganizationalEffect(text) || INSIGHT_ONLY.some((re) => re.test(text)));
