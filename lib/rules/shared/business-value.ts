import { memoByText } from '../../engine/memo';
import { precompiled } from '../../engine/precompiled';

// Words that tie a number to what the business cares about: money, customers, time, risk.
const BUSINESS_VALUE =
  precompiled(/[$€£¥]|\b(?:revenue|money|costs?|costing|spend(?:ing)?|savings?|saved|saving|(?<!(?:latency|error|performance|time|memory|bundle|size|page) )budgets?|profit|margin|sales|dollars|euros|ARR|MRR|customers?|users?|clients?|(?:new )?hires|joiners|employees|developers|engineers|staff|students?|pupils?|learners?|grades?|patients?|guests?|passengers?|visitors?|readers?|viewers?|donors?|residents?|citizens?|families|parents|installs?|downloads?|registrations?|activations?|ratings?|merchants?|accounts?|subscribers?|buyers?|shoppers?|patients?|partners?|sellers?|drivers?|riders?|members?|churn(?:ed)?|retention|renew(?:ed|als?)?|conversions?|sign-?ups?|orders?|checkouts?|signed up|subscribed|enrolled|purchased|paid|converted|bookings?|purchases?|transactions|SLAs?|SLOs?|support (?:tickets?|calls?|load|volume)|tickets?|complaints?|escalations?|refunds?|chargebacks?|NPS|CSAT|satisfaction|engagement|adoption|risk|compliance|audits?|penalt(?:y|ies)|fines?|downtime|outages?|incidents?|pages|on-?call|engineer(?:ing)?[- ](?:hours|time|days|weeks|months)|(?:hours?|days?|minutes) (?:a|an|per|each|every) (?:week|month|sprint|day|year|engineer|developer|release|deploy)|(?:developer|engineer) (?:hours|time|productivity)|time saved|hours saved|person[- ]?(?:hours|days|weeks|months)|lead times?|cycle times?|turnaround(?: times?)?|time to market|launch(?:ed)?|contracts?|deals?|productivity|capacity|throughput|headcount|freed|freeing|free up|slots?)(?!\w)/i);

export const hasBusinessValue = memoByText((text: string): boolean => BUSINESS_VALUE.test(text));

// A translation strong enough to count wherever it is told: an amount of money, a money word,
// or a number of people or orders.
const STRONG_VALUE = precompiled(new RegExp(
  String.raw`[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:k|m|million|thousand)?\s?(?:dollars|euros|pounds)(?!\w)|\b(?:revenue|sales|profit|ARR|MRR|churn(?:ed)?|renew(?:ed|als?))(?!\w)|` +
    String.raw`\b(?:\d[\d,.]*\+?|hundreds|thousands|millions|dozens)\s+(?:of\s+)?(?:[a-z-]+\s+)?(?:customers|users|clients|merchants|accounts|orders|patients|students|subscribers|buyers|members|engineers|people|hours|days)(?!\w)`,
  'i',
));

export function hasStrongBusinessValue(text: string): boolean {
  return STRONG_VALUE.test(text);
}
