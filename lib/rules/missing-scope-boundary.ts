// Ownership shows only against a boundary: the answer must say the problem was not yours to fix.
import { boundarySlots } from '../rephrase/step-slots';
import { hitOn, sentencesIn } from './shared/story-parts';
import type { Rule } from './types';
import { precompiled } from '../engine/precompiled';
import { OWN_ASSIGNMENT } from '../nlp/lexicon';

/** A sentence that says the problem was not the speaker's to fix (also the checklist's evidence). */
export const SCOPE_BOUNDARY = precompiled(new RegExp(
  [
    // "it wasn't my team's service", "not my area", "not really our problem"
    String.raw`\b(?:wasn't|was not|weren't|were not|isn't|is not|not)\s+(?:being\s+)?(?:really\s+|even\s+|strictly\s+|officially\s+)?(?:my|our|in my|on my|part of my|within my|under my)(?!\w)`,
    // "I wasn't on the mobile team"
    String.raw`\b(?:wasn't|was not|weren't|were not|not)\s+(?:on|in|part of|a member of)\s+(?:that|the|their|this)(?:\s+[\w-]+){0,2}?\s+(?:team|group|squad|org)(?!\w)`,
    // "outside my team", "outside of our scope"
    String.raw`\boutside (?:of )?(?:my|our|the scope of my|the team's)(?!\w)|\bbeyond my (?:role|scope|remit|job|responsibilit)`,
    // "nobody owned it", "no one had asked me", "no team was on it"
    String.raw`\b(?:nobody|no one|no-one|no team|no single team|none of the teams)(?:['’]s)?\b(?:[\s,]+[\w'’-]+){0,6}?[\s,]+(?:own(?:ed|s)?|assigned|ask(?:ed)?|responsib\w*|ticket|looking|on it|picked|claimed|took|working|watching|noticed|cared|roadmap|backlog|plate|radar|board|wrote|written|built|touch(?:ed)?|maintained|knew)(?!\w)|\b(?:nobody|no one|no-one) had (?:asked|flagged|raised|filed|reported)(?!\w)`,
    // "it wasn't on anyone's board", "not in anybody's backlog"
    String.raw`\b(?:wasn't|was not|weren't|were not|isn't|is not|not)\s+(?:really\s+)?(?:on|in|part of)\s+(?:anyone|anybody|any team)(?:['’]s)?\b`,
    // "no ticket", "no owner", "unowned", "not assigned", "nobody's job"
    String.raw`\bno (?:\w+ )?(?:tickets?|owners?|assignee|on-?call)(?!\w)|\bun(?:owned|assigned|claimed)(?!\w)|\borphan(?:ed)?\b|\bnot (?:been )?assigned\b|\bwasn't assigned\b|\bwithout (?:being asked|a ticket|an owner)(?!\w)|\bnobody(?:'s| else's) (?:job|problem)(?!\w)|\bfell between (?:the )?teams\b`,
    // "belonged to the Platform team", "owned by another team", "the payments team's service"
    String.raw`\b(?:belonged|belongs|belonging) to (?:the |a |an |another )(?!same\b)|\b(?:owned|maintained|managed|operated|run|supported|looked after|built) by (?:the |a |an |another )(?!same\b|my\b|our\b)(?:\w+ ){0,3}(?:team|group|squad|org|department|vendor|company)(?!\w)|\b(?:team|group|squad|org|department)s?,? (?:who|that|which) (?:owned|owns|maintained|maintains|ran|runs) (?:it|the|that)(?!\w)|\b(?:sat|lived|lay) with (?:the|another|a different)(?!\w)|\banother (?:team|org|organi[sz]ation|department|group|squad|company|vendor|office)(?:'s)?\b|\b(?:a |the )?different team(?:'s)?\b|\bother team's\b|\btheir (?:service|system|code|codebase|repo|component|pipeline|queue)(?!\w)`,
    // A named team's system: "the Platform team's service", "the Data Infra team's pipeline".
    String.raw`\b(?:the|a)\s+(?:[A-Z][\w-]*\s+){1,2}team['’]s\s+(?:service|system|code|codebase|repo|component|pipeline|queue|API|job|database|cluster)(?!\w)`,
  ].join('|'),
  'i',
));

// The speaker's own standing toward the problem is a boundary too (LABELING.md): "I was on call",
// "as the system owner", "it was my team's service", "I had shipped the change".
const STANDING = precompiled(new RegExp(
  [
    String.raw`\bI(?:\s+(?:was|am)|['’]m)\s+(?:(?:also|then|still|already)\s+)?(?:on[- ]call|the\s+(?:[\w-]+\s+){0,2}?(?:on[- ]call(?:\s+engineer)?|owner|lead|manager|maintainer|point\s+person|incident\s+commander|DRI)|(?:directly\s+)?(?:responsible|accountable)\s+for|in\s+charge\s+of)(?!\w)`,
    String.raw`\bas\s+(?:the\s+)?(?:[\w-]+\s+)?(?:owner|on-?call(?:\s+engineer)?|tech(?:nical)?\s+lead|engineering\s+manager|team\s+lead|incident\s+commander)(?!\w)`,
    String.raw`\bI\s+(?:owned|maintained|had\s+(?:shipped|deployed|written|built|introduced|merged|made|pushed))\s+(?:the|this|that|it|our|my)(?!\w)`,
    // The speaker's or their team's own system: "my team's service", "it was my code", "my online product".
    String.raw`\b(?:it\s+was\s+)?(?:my|our)\s+team['’]s\s+(?:service|system|code|codebase|pipeline|job|API|feature|platform)(?!\w)|\bit\s+was\s+my\s+(?:service|system|code|change|deploy|feature|project|migration|release)(?!\w)|\bmy\s+(?:own\s+)?(?:[\w-]+\s+)?(?:product|startup|database|server|website|site|blog|codebase|code|app|application|feature|script|repo|service|system|pipeline)s?(?!\w)`,
    // The speaker's remit named outright: "my responsibilities", "part of my role", "my job title".
    String.raw`\b(?:my|our)\s+(?:responsibilit(?:y|ies)|role|job\s+title|duties|remit|mandate)(?!\w)`,
    // Ownership taken or held: "took end-to-end ownership", "volunteered to own", "I own the".
    String.raw`\b(?:took|take|taking|assumed|had)\s+(?:\w+[- ]?){0,3}?ownership(?!\w)|\bvolunteered\s+to\s+own(?!\w)|\bI\s+own\s+(?:the|this|that|our|my)(?!\w)`,
    // The team's own system: "our team manages the feed service", "my team runs billing".
    String.raw`\b(?:my|our)\s+team\s+(?:manages|managed|owns|owned|runs|ran|maintains|maintained|operates|operated|supports|supported)(?!\w)`,
    // The work stated as the speaker's assignment: "my job was to", "Task: the task was to repair".
    String.raw`\b${OWN_ASSIGNMENT}\b|^\W*(?:-\s*)?(?:task:\s*)?the\s+task\s+(?:assigned\s+to\s+me\s+)?was\s+to\b`,
    // The speaker (or their team) caused it: "I had just broken production", "I caused…", "I forgot to
    // update the config", "I pushed a change to…", "I deleted the production database", "my team brought
    // down most of the services", "my change took down checkout", "my feature wasn't working", "it was on me".
    String.raw`\b(?:I|(?:my|our)\s+team)\s+(?:had\s+)?(?:just\s+|accidentally\s+|inadvertently\s+|completely\s+|then\s+)?(?:caused|broke|deleted|dropped|wiped|truncated|overwr(?:ote|itten)|erased|corrupted|took\s+down|brought\s+down|forg(?:ot|otten)\s+to|pushed\s+(?:a|the|my)\s+(?:\w+\s+)?(?:change|commit|fix|update|release|config(?:uration)?)|(?:broken|introduced)\s+(?:the\s+|our\s+|a\s+)?(?:production|prod|build|site|service|outage|bug|incident|regression|issue|checkout|dashboard|deploy|release|pipeline))(?!\w)|\bmy\s+(?:[\w-]+\s+){0,2}?(?:feature|change|code|commit|deploy(?:ment)?|release|script|migration|PR|pull\s+request|app|service)\s+(?:\w+\s+){0,2}?(?:wasn't|was\s+not|didn't|did\s+not|stopped|failed|broke|crashed|caused|introduced|took\s+down|brought\s+down)(?!\w)|\b(?:is|was)\s+(?:entirely\s+|all\s+|completely\s+|squarely\s+)?on\s+me\b|\bmy\s+(?:fault|mistake|bad|error|oversight)(?!\w)`,
    // Another party's system named as theirs: "their source code", "Oracle's product", "the host's network".
    String.raw`\b(?:their|the\s+(?:vendor|provider|host|hosting\s+company|ISP|client|customer|partner|supplier|other\s+team)['’]s|[A-Z][\w-]+['’]s)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:code|source\s+code|codebase|service|system|servers?|network|product|platform|tool|library|API|software|data\s*cent(?:er|re))(?!\w)`,
    // Taken on beyond the assignment: "I volunteered to rewrite it", "I took it upon myself".
    String.raw`\bI\s+(?:volunteer(?:ed)?|took\s+it\s+upon\s+myself|stepped\s+up)(?!\w)`,
    // Handed to the speaker: "I was asked to look into it", "they assigned me the ticket", "this week is
    // my turn", "it falls to me". Published labels read an assignment as the speaker's standing (LABELING).
    String.raw`\b(?:I\s+was|we\s+were)\s+(?:asked|assigned|tasked|handed|given|sent|called\s+in)(?!\w)|\b(?:asked|assigned|tasked|handed|sent)\s+(?:me|us)\s+(?:to|with|the)(?!\w)|\bmy\s+turn\b|\b(?:falls?|fell)\s+(?:to|on)\s+me\b`,
    // The work left unowned: "No one did anything about it".
    String.raw`\b(?:nobody|no\s+one)\s+(?:did|was\s+doing)\s+(?:anything|something|a\s+thing)(?!\w)`,
    // Hired or appointed into the role: "I was hired as the lead developer".
    String.raw`\bI\s+was\s+(?:hired|brought\s+in|appointed|assigned)\s+as\s+(?:the|a|an)(?!\w)`,
    // A seat in the rotation: "when I joined the on-call rotation".
    String.raw`\bon[- ]call\s+(?:rotation|shift|week|engineer)(?!\w)`,
  ].join('|'),
  'i',
));

// In the setting, the speaker making or running the thing that failed is their standing toward it
// ("when I was building the pipeline", "a feature I was working on", "I deployed a refactor"). In
// the Action the same verbs tell the fix, which says nothing about whose problem it was.
const OWN_MAKING = /\bI\s+(?:was\s+|had\s+(?:been\s+)?)?(?:building|developing|writing|coding|working\s+on|built|developed|wrote|coded|set\s+up|configured|created|designed|launched|deployed|shipped|released|pushed|made|maintain(?:ed|ing)|runn?ing|ran)(?!\w)/i;

const rule: Rule = {
  id: 'missing-scope-boundary',
  severity: 'warning',
  message: 'The answer never says the problem was outside your team or assignment.',
  why: 'Ownership is only visible against a boundary: without saying the problem was not yours and nobody had asked you, the listener assumes it was simply your job.',
  questions: ['production-incident', 'ownership'],
  check(story) {
    if (story.sentences.length === 0) return [];
    if (story.sentences.some((s) => SCOPE_BOUNDARY.test(s.text) || STANDING.test(s.text))) return [];
    if (sentencesIn(story, 'situation', 'task').some((s) => OWN_MAKING.test(s.text))) return [];
    const anchor = sentencesIn(story, 'task')[0] ?? sentencesIn(story, 'action')[0] ?? story.sentences[0]!;
    return [hitOn(anchor, { suggestion: boundarySlots(story.text.slice(story.start, story.end)) })];
  },
  examples: {
    flagged: [
      {
        text: 'Our checkout started failing for some users after a release. I looked at the logs with the payments team, found a bad config value, and I fixed it with a test. Failures went from 3% to zero, saving about $5,000 a day. I learned to diff configs before every release.',
        options: { question: 'production-incident' },
      },
      {
        text: 'The nightly data export kept timing out. I looked into it: I profiled the job, rewrote the slowest query, and confirmed the run time on three nights. The export went from 4 hours to 25 minutes, and analysts got their reports before standup. I now profile every new batch job before it ships.',
        options: { question: 'ownership' },
      },
      {
        text: 'Our search service started returning empty results one morning. I checked the logs, switched the index alias back, and verified 50 saved queries. Empty results went from 30% to 0.5%. I added a check so the alias only switches after a complete build.',
        options: { question: 'production-incident' },
      },
    ],
    passing: [
      {
        // Being handed the problem is the speaker's standing toward it.
        text: 'The nightly data export kept timing out, and I was asked to look into it. I profiled the job, rewrote the slowest query, and confirmed the run time on three nights. The export went from 4 hours to 25 minutes. I now profile every new batch job before it ships.',
        options: { question: 'ownership' },
      },
      {
        // The speaker building the thing that failed, told in the setting, is standing too.
        text: 'When I was building our release pipeline, the artifact upload kept failing halfway. I read the upload tool, found a 150-second timeout, raised it and added a retry, and ran the pipeline ten times clean. Uploads have not failed since. I now check tool timeouts against our artifact sizes.',
        options: { question: 'ownership' },
      },
      // The speaker's own hand in the damage, and a responsibility told in the present.
      {
        text: 'Late one evening I deleted the production database of our booking app while clearing my local one. I took the site into maintenance mode, restored the nightly backup and replayed the day from the payment logs. Every booking but four was back within two hours, and I emailed those four customers myself. I now run destructive scripts only against a named local host.',
        options: { question: 'production-incident' },
      },
      {
        text: 'QA found a hang in split-screen mode two days before my leave. It had gone to two other engineers first, but the root cause sat in the input code I’m responsible for. I reproduced it with a replay, fixed the ordering of two events and ran the split-screen suite overnight. The hang has not come back in three releases.',
        options: { question: 'production-incident' },
      },
      // The speaker's own feature failing, by the speaker's own omission: that standing is the boundary.
      {
        text: 'On launch day my new export feature stopped working for our largest customers. I had forgotten to raise the query timeout for accounts over 10,000 rows. I raised it, re-ran the failed exports and added a test with a large account. Every export finished that evening, and I now test launches with our biggest account.',
        options: { question: 'production-incident' },
      },
      // The repair was the speaker's assignment: that is their standing toward the problem.
      {
        text: 'Situation: one of the main air compressors at our plant failed in the middle of a production run.\nTask: The task was to diagnose and repair the compressor before the lines stopped.\nAction: I traced the fault to a seized cooling fan, swapped in a spare and ran the unit under load for an hour.\nResult: The lines never stopped, and the compressor has run without a fault for six months.',
        options: { question: 'production-incident' },
      },
      // The speaker's own standing is a boundary too: whose problem it was is said.
      {
        text: 'I was on call for my team\'s search service when it started returning empty results. I checked the logs, switched the index alias back, and verified 50 saved queries. Empty results went from 30% to 0.5%. I added a check so the alias only switches after a complete build.',
        options: { question: 'production-incident' },
      },
      {
        text: 'Bookings at our hotel were doubled on weekends. The channel manager was run by the revenue group, and it was not on anybody\'s list. I compared the exports, fixed the room mapping, and checked a month of bookings. Double bookings went from six a weekend to none.',
        options: { question: 'ownership' },
      },
      {
        text: 'The export job belonged to the data platform team, and nobody had a ticket for its failures. I profiled it, rewrote the slowest query, and confirmed the run time on three nights. The export went from 4 hours to 25 minutes. I proposed that every batch job get a named owner.',
        options: { question: 'ownership' },
      },
      {
        text: 'Our checkout started failing for some users after a release. I looked at the logs, found a bad config value, and I fixed it with a test. Failures went from 3% to zero. I learned to diff configs before every release.',
        options: { question: 'conflict' },
      },
      {
        text: 'Search results went stale every night, and it was not my team\'s service. I traced the gap to a missed delete event, wrote a reconciliation job with tests, and ran it for a week. Stale results fell from 2% of queries to none. I now add a reconciliation path to every event-driven index.',
        options: { question: 'production-incident' },
      },
    ],
  },
};

export default rule;
